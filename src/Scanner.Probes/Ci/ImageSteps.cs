using Scanner.Core.Workspaces;

namespace Scanner.Probes.Ci;

/// <summary>
/// The image pushes, builds and registry logins of a repository's CI, including the lines of scripts a CI step
/// names (<c>./scripts/release.sh</c>, <c>make</c>, <c>npm run</c>); what might push unseen (an action or reusable
/// workflow it cannot read, a script no step is seen to run) is listed apart.
/// </summary>
internal sealed record ImageSteps(List<ImageStep> Pushes, List<ImageStep> Builds, List<string> Logins, List<string> Unseen, List<string> ByHand)
{
    /// <summary>Keys that pull in CI configuration from elsewhere (GitLab include, CircleCI orbs, Azure templates).</summary>
    private static readonly string[] Imports = ["include", "orbs", "extends", "template"];

    public static ImageSteps Find(IReadOnlyList<CiFile> ci, IReadOnlyList<SourceDocument> scripts)
    {
        var found = new ImageSteps([], [], [], [], []);
        var build = CiStepKinds.For("ci-builds-container")!;
        var commands = new List<(CiCommand Command, bool Automatic)>();
        foreach (var file in ci)
        {
            var automatic = file.Root is null || file.System != CiSystem.GitHubActions || CiFiles.Triggers(file.Root).Events.Any(e => e != "workflow_dispatch");
            foreach (var command in CiCommands.Of(file))
            {
                commands.Add((command, automatic));
                if (command.Uses is not null)
                {
                    if (file.System != CiSystem.GitHubActions)
                    {
                        found.Unseen.Add($"{file.Doc.Path}:{command.Line} ({command.Uses})");
                    }

                    continue;
                }

                var step = new ImageStep(file.Doc, command.Line, command.Text, automatic);
                found.Add(step, ImagePushes.IsPushCommand(command.Text), build.Command.IsMatch(command.Text), ImagePushes.IsLoginCommand(command.Text));
            }

            foreach (var key in Imports.Where(k => file.Root?.Entry(k) is not null))
            {
                found.Unseen.Add($"{file.Doc.Path}:{file.Root!.Entry(key)!.Line} ({key}:)");
            }

            if (file.System == CiSystem.GitHubActions)
            {
                found.Actions(file, automatic);
            }
        }

        foreach (var script in scripts)
        {
            found.Script(script, commands, scripts);
        }

        return found;
    }

    private void Add(ImageStep step, bool push, bool build, bool login)
    {
        if (push || build)
        {
            (push ? Pushes : Builds).Add(step);
        }

        if (login)
        {
            Logins.Add($"{step.Doc.Path}:{step.Line}");
        }
    }

    private void Actions(CiFile workflow, bool automatic)
    {
        foreach (var job in workflow.Root!["jobs"]?.Entries ?? [])
        {
            if (job.Value["uses"]?.Text is { } called && ImagePushes.MayPushUnseen(called))
            {
                Unseen.Add($"{workflow.Doc.Path}:{job.Value["uses"]!.Line} ({called})");
            }
        }

        foreach (var (_, step) in GitHubSteps.Of(workflow))
        {
            var action = GitHubSteps.Action(step);
            if (action.Length == 0)
            {
                continue;
            }

            var line = step["uses"]!.Line;
            var image = new ImageStep(workflow.Doc, line, step["uses"]!.Text, automatic);
            var push = ImagePushes.IsPushStep(action, step);
            Add(image, push, !push && action is "docker/build-push-action" or "docker/bake-action", ImagePushes.IsLoginAction(action));
            if (!push && ImagePushes.MayPushUnseen(step["uses"]!.Text) && !ImagePushes.IsLoginAction(action) && action is not ("docker/build-push-action" or "docker/bake-action" or "docker/setup-buildx-action" or "docker/setup-qemu-action" or "docker/metadata-action"))
            {
                Unseen.Add($"{workflow.Doc.Path}:{line} ({step["uses"]!.Text})");
            }
        }
    }

    /// <summary>
    /// A script's push lines: run by CI when a step names the shell script, or the make/just target or package
    /// script holding the line; else unseen.
    /// </summary>
    private void Script(SourceDocument script, List<(CiCommand Command, bool Automatic)> commands, IReadOnlyList<SourceDocument> scripts)
    {
        var name = script.Path[(script.Path.LastIndexOf('/') + 1)..];
        var target = "";
        for (var line = 1; line <= script.Text.LineCount; line++)
        {
            var raw = script.Text.Line(line).ToString();
            var text = raw.Trim();
            target = Target(name, raw, text) ?? target;
            if (text.StartsWith('#') || text.StartsWith("echo", StringComparison.Ordinal) || text.StartsWith("printf", StringComparison.Ordinal) || !ImagePushes.IsPushCommand(text))
            {
                continue;
            }

            var caller = commands.FirstOrDefault(c => c.Command.Uses is null && Runs(c.Command.Text, name, target));
            if (caller.Command is null)
            {
                // A script that a script CI runs names may run from CI through it; any other is run by hand.
                var calledBy = scripts.FirstOrDefault(s => s != script && s.Content.Contains(name, StringComparison.Ordinal) && commands.Any(c => c.Command.Uses is null && MayRun(c.Command.Text, s.Path)));
                (calledBy is null ? ByHand : Unseen).Add(calledBy is null ? $"{script.Path}:{line}" : $"{script.Path}:{line}, which {calledBy.Path} names");
                continue;
            }

            Pushes.Add(new ImageStep(script, line, $"{text} (run by {caller.Command.File.Doc.Path}:{caller.Command.Line})", caller.Automatic));
        }
    }

    /// <summary>The make/just target or package.json script a line opens (<c>release:</c>, <c>"docker:push": "…"</c>), or null.</summary>
    private static string? Target(string file, string raw, string text)
    {
        if (file == "package.json")
        {
            return text.StartsWith('"') && text.IndexOf('"', 1) is > 1 and var end ? text[1..end] : null;
        }

        // A rule opens at column 0 with "name:"; "NAME := value" and "NAME = a:b" are variables, not rules.
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        var equals = raw.IndexOf('=', StringComparison.Ordinal);
        var rule = colon > 0 && (equals < 0 || equals > colon + 1) && !char.IsWhiteSpace(raw[0]) && raw[0] != '#';
        return rule && !file.EndsWith(".sh", StringComparison.Ordinal) ? raw[..colon].Trim() : null;
    }

    private static bool MayRun(string command, string path)
    {
        var file = path[(path.LastIndexOf('/') + 1)..];
        return file switch
        {
            "package.json" => command.Contains("npm run", StringComparison.Ordinal) || command.StartsWith("yarn", StringComparison.Ordinal) || command.StartsWith("pnpm", StringComparison.Ordinal),
            "Makefile" or "makefile" or "GNUmakefile" => command.StartsWith("make", StringComparison.Ordinal),
            "justfile" or "Justfile" => command.StartsWith("just", StringComparison.Ordinal),
            _ => command.Contains(file, StringComparison.Ordinal),
        };
    }

    private static bool Runs(string command, string file, string target) => file switch
    {
        "package.json" => target.Length > 0 && (command.Contains($"run {target}", StringComparison.Ordinal) || command.Contains($"yarn {target}", StringComparison.Ordinal) || command.Contains($"pnpm {target}", StringComparison.Ordinal)),
        "Makefile" or "makefile" or "GNUmakefile" => command.StartsWith("make", StringComparison.Ordinal) && target.Length > 0 && command.Split(' ').Contains(target),
        "justfile" or "Justfile" => command.StartsWith("just ", StringComparison.Ordinal) && target.Length > 0 && command.Split(' ').Contains(target),
        _ => command.Contains(file, StringComparison.Ordinal),
    };
}
