using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Ci;

/// <summary>
/// A CI configuration exists and runs on every change: a GitHub workflow triggered by push or pull request, or
/// another recognised CI system (GitLab, CircleCI, Azure Pipelines, Bitbucket, Travis, Jenkins, Drone, Buildkite).
/// Reusable workflows (on: workflow_call) are building blocks other repositories run, so they are not counted.
/// </summary>
public sealed class CiWorkflowOnPushOrPr : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        // A reusable workflow other repositories call is not this repository's pipeline (CiFiles.IsReusableOnly).
        var read = CiFiles.Read(context, findings);
        var files = read.Where(f => !CiFiles.IsReusableOnly(f)).ToList();
        var notOnChange = new List<Finding>();
        foreach (var file in files)
        {
            if (file.System != CiSystem.GitHubActions)
            {
                findings.Add(Other(context, file));
                continue;
            }

            var (events, line) = CiFiles.Triggers(file.Root!);
            var finding = CiFiles.IsOnChange(events)
                ? context.AtLine(Outcome.Pass, file.Doc, line, $"{file.Doc.Path} runs on {string.Join(", ", events.Where(e => CiFiles.IsOnChange([e])))}")
                : context.AtLine(Outcome.Fail, file.Doc, line, $"{file.Doc.Path} runs only on {(events.Count > 0 ? string.Join(", ", events) : "nothing")}, not on push or pull request");
            (finding.Outcome == Outcome.Pass ? findings : notOnChange).Add(finding);
        }

        if (findings.All(f => f.Outcome != Outcome.Pass))
        {
            findings.AddRange(notOnChange);
        }

        if (findings.Count == 0 && read.Count > files.Count)
        {
            return [context.Missing("no CI pipeline of this repository: its only workflows are reusable ones other repositories call (on: workflow_call)")];
        }

        return findings.Count > 0 ? findings : [context.Missing("no CI configuration (.github/workflows, .gitlab-ci.yml, .circleci/config.yml, azure-pipelines.yml, Jenkinsfile ...)")];
    }

    private static Finding Other(ProbeContext context, CiFile file)
    {
        if (file.System == CiSystem.AzurePipelines && file.Root!.Entry("trigger") is { } trigger && trigger.Value.Text == "none"
            && file.Root.Entry("pr")?.Value.Text is null or "none")
        {
            return context.AtLine(Outcome.Fail, file.Doc, trigger.Line, $"{file.Doc.Path} has trigger: none and no pr trigger: it runs only by hand");
        }

        var line = Enumerable.Range(1, file.Doc.Text.LineCount).FirstOrDefault(l => file.Doc.Text.Line(l).Trim() is { Length: > 0 } t && t[0] != '#' && !t.StartsWith("//"));
        return context.AtLine(Outcome.Pass, file.Doc, Math.Max(line, 1), $"{file.Name} found; {file.System} runs it on pushes unless its own rules say otherwise");
    }
}
