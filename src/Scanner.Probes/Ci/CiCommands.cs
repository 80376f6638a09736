using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Ci;

/// <summary>
/// Every command and action a CI file runs, with exact lines: GitHub <c>run:</c>/<c>uses:</c>, GitLab/Bitbucket
/// <c>script:</c>, CircleCI <c>run:</c>/<c>command:</c>, Azure <c>script:</c>/<c>bash:</c>/<c>task:</c>, Drone and
/// Buildkite <c>commands:</c>, Jenkinsfile lines. Flags that let a failure pass are inherited from job to step.
/// </summary>
internal static class CiCommands
{
    private static readonly HashSet<string> CommandKeys = new(StringComparer.Ordinal)
    {
        "run", "script", "before_script", "after_script", "command", "commands", "bash", "pwsh", "powershell", "sh",
        "inlineScript", "install", "before_install",
    };

    private static readonly HashSet<string> ActionKeys = new(StringComparer.Ordinal) { "uses", "task" };

    private static readonly string[] SoftFailKeys = ["continue-on-error", "continueOnError", "allow_failure"];

    public static List<CiCommand> Of(CiFile file)
    {
        var commands = new List<CiCommand>();
        if (file.Root is null)
        {
            for (var line = 1; line <= file.Doc.Text.LineCount; line++)
            {
                var text = file.Doc.Text.Line(line).Trim().ToString();
                if (text.Length > 0 && !text.StartsWith("//", StringComparison.Ordinal))
                {
                    commands.Add(new CiCommand(file, line, text, null, Swallowed(text), true, ""));
                }
            }

            return commands;
        }

        var automatic = file.System != CiSystem.GitHubActions || CiFiles.IsAutomatic(CiFiles.Triggers(file.Root).Events);
        Visit(file, file.Root, null, "", automatic, commands);
        return commands;
    }

    private static void Visit(CiFile file, YamlNode node, string? notEnforced, string workingDirectory, bool automatic, List<CiCommand> into)
    {
        if (node.IsSequence)
        {
            foreach (var item in node.Items)
            {
                Visit(file, item, notEnforced, workingDirectory, automatic, into);
            }

            return;
        }

        if (!node.IsMapping)
        {
            return;
        }

        foreach (var key in SoftFailKeys)
        {
            if (node.Entry(key) is { } soft && soft.Value.IsTrue)
            {
                notEnforced ??= $"{key}: true at line {soft.Line} lets the build pass when it fails";
            }
        }

        workingDirectory = (node.Entry("working-directory") ?? node.Entry("workingDirectory"))?.Value.Text
            ?? node.At("defaults", "run", "working-directory")?.Text
            ?? workingDirectory;
        foreach (var entry in node.Entries)
        {
            if (CommandKeys.Contains(entry.Name) && (entry.Value.IsScalar || entry.Value.Items.All(i => i.IsScalar)))
            {
                foreach (var script in entry.Value.AsList())
                {
                    AddLines(file, script, notEnforced, workingDirectory.Trim('.', '/'), automatic, into);
                }
            }
            else if (ActionKeys.Contains(entry.Name) && entry.Value.IsScalar)
            {
                into.Add(new CiCommand(file, entry.Value.Line, "", entry.Value.Text, notEnforced, automatic, workingDirectory.Trim('.', '/')));
            }
            else if (!entry.Value.IsScalar && entry.Name is not ("with" or "env" or "variables" or "inputs" or "environment"))
            {
                Visit(file, entry.Value, notEnforced, workingDirectory, automatic, into);
            }
        }
    }

    /// <summary>Each line of a script at the line it sits on in the file, found by searching forward from the scalar.</summary>
    private static void AddLines(CiFile file, YamlNode script, string? notEnforced, string workingDirectory, bool automatic, List<CiCommand> into)
    {
        var content = file.Doc.Content;
        var cursor = Math.Min(script.Offset, content.Length);
        foreach (var raw in script.Text.Split('\n'))
        {
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var at = content.IndexOf(text, cursor, StringComparison.Ordinal);
            var line = at >= 0 ? file.Doc.Text.LineOf(at) : script.Line;
            cursor = at >= 0 ? at + text.Length : cursor;
            into.Add(new CiCommand(file, line, text, null, notEnforced ?? Swallowed(text), automatic, workingDirectory));
        }
    }

    private static string? Swallowed(string text)
    {
        var or = text.IndexOf("||", StringComparison.Ordinal);
        if (or < 0)
        {
            return null;
        }

        var fallback = text[(or + 2)..].Trim();
        return fallback.StartsWith("true", StringComparison.Ordinal) || fallback.StartsWith("exit 0", StringComparison.Ordinal)
            || fallback.StartsWith(':') || fallback.StartsWith("echo", StringComparison.Ordinal)
            ? $"'|| {fallback}' swallows its failure"
            : null;
    }
}
