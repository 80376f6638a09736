using System.Text.Json;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript;

namespace Scanner.Probes.Ci;

/// <summary>
/// One card per step kind (<c>ci-runs-tests</c>, <c>ci-audits-dependencies</c>, ...): which CI steps run it, each at
/// its file:line. A step counts when its failure fails the build, its workflow runs on its own, and the
/// package.json script it calls exists and is not npm's placeholder; an install that needs a lockfile
/// (<c>npm ci</c>) fails when the repository commits none.
/// </summary>
public sealed class CiRunsStep : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var kind = CiStepKinds.For(context.Info.Id) ?? throw new InvalidOperationException($"no CI step kind for probe {context.Info.Id}");
        var findings = new List<Finding>();
        var read = CiFiles.Read(context, findings);
        var files = read.Where(f => !CiFiles.IsReusableOnly(f)).ToList();
        if (files.Count == 0)
        {
            return findings.Count > 0 ? findings
                : [context.NotApplicable(read.Count > 0 ? "no CI pipeline of this repository: its only workflows are reusable ones other repositories call (on: workflow_call)" : "no CI configuration")];
        }

        var judged = findings.Count;
        var hasTests = !kind.NeedsTestFiles || context.Workspace.Files.Any(f => CiStepKinds.IsTestFile(f.Path));
        foreach (var command in files.SelectMany(CiCommands.Of))
        {
            var text = command.Uses ?? command.Text;
            var matches = command.Uses is null
                ? kind.Command.IsMatch(command.Text) && (kind.IsInstall || !CiStepKinds.InstallsTool(command.Text))
                : kind.Action?.IsMatch(command.Uses) == true;
            if (matches)
            {
                var finding = hasTests
                    ? Judge(context, kind, command, text)
                    : context.AtLine(Outcome.Fail, command.File.Doc, command.Line, $"runs {kind.Label} ({text}) but the repository has no test files for it to run");
                findings.Add(kind.Subject is { } subject ? finding with { Subject = subject.Of(command) } : finding);
            }
        }

        if (findings.Count == judged)
        {
            findings.Add(CiStepApplicability.NotApplicable(kind, context) is { } why
                ? context.NotApplicable(why)
                : context.AtFile(Outcome.Fail, files[0].Doc.Path, $"no step in {files.Count} CI file(s) runs {kind.Label}"));
        }

        return findings;
    }

    private static Finding Judge(ProbeContext context, CiStepKind kind, CiCommand command, string text)
    {
        var doc = command.File.Doc;
        if (kind.MustBeEnforced && command.NotEnforced is not null)
        {
            return context.AtLine(Outcome.Fail, doc, command.Line, $"runs {kind.Label} ({text}) but does not enforce it: {command.NotEnforced}");
        }

        if (kind.MustBeAutomatic && !command.Automatic)
        {
            return context.AtLine(Outcome.Fail, doc, command.Line, $"runs {kind.Label} ({text}) only when started by hand");
        }

        if (kind.IsInstall && command.Uses is null && FrozenInstalls.MissingLockfile(context.Workspace, command.Text) is { } noLockfile)
        {
            return context.AtLine(Outcome.Fail, doc, command.Line, $"runs '{text}' but {noLockfile}");
        }

        if (command.Uses is null && CiStepKinds.PackageScript(command.Text) is { } script && MissingScript(context, command, script) is { } missing)
        {
            return context.AtLine(Outcome.Fail, doc, command.Line, $"runs '{text}' but {missing}");
        }

        return context.AtLine(Outcome.Pass, doc, command.Line, $"{command.File.Name} runs {kind.Label}: {text}");
    }

    /// <summary>Why the package.json script a step calls would not run real work, or null when it exists (or cannot be checked).</summary>
    private static string? MissingScript(ProbeContext context, CiCommand command, string script)
    {
        if (CiFiles.PackageJson(context, command.WorkingDirectory) is not { } package)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(package.Content);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("scripts", out var scripts) || scripts.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (!scripts.TryGetProperty(script, out var body))
            {
                return $"{package.Path} has no '{script}' script";
            }

            return body.ValueKind == JsonValueKind.String && body.GetString()!.Contains("no test specified", StringComparison.Ordinal) ? $"{package.Path}'s '{script}' script is npm's placeholder" : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
