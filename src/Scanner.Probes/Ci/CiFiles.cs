using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Ci;

/// <summary>Finds CI configuration files by their conventional paths and reads them (YAML cached per document).</summary>
internal static class CiFiles
{
    public static List<CiFile> Read(ProbeContext context, List<Finding> problems)
    {
        var files = new List<CiFile>();
        foreach (var doc in context.Documents())
        {
            if (SystemOf(doc.Path) is not { } system)
            {
                continue;
            }

            if (system == CiSystem.Jenkins)
            {
                files.Add(new CiFile(doc, system, null));
                continue;
            }

            var yaml = YamlDocuments.Get(doc);
            if (!yaml.IsValid)
            {
                problems.Add(context.Inconclusive($"{doc.Path} could not be read: {yaml.Error}", new SourceLocation(doc.Path, yaml.ErrorLine)));
                continue;
            }

            if (yaml.Documents.FirstOrDefault(d => d.IsMapping) is { } root)
            {
                files.Add(new CiFile(doc, system, root));
            }
        }

        return files;
    }

    public static CiSystem? SystemOf(string path)
    {
        var lower = path.ToLowerInvariant();
        var name = lower[(lower.LastIndexOf('/') + 1)..];
        var yaml = name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal);
        if (lower.StartsWith(".github/workflows/", StringComparison.Ordinal))
        {
            return yaml && lower.Count(c => c == '/') == 2 ? CiSystem.GitHubActions : null;
        }

        return lower switch
        {
            ".gitlab-ci.yml" or ".gitlab-ci.yaml" => CiSystem.GitLab,
            ".circleci/config.yml" or ".circleci/config.yaml" => CiSystem.CircleCI,
            "bitbucket-pipelines.yml" => CiSystem.Bitbucket,
            ".travis.yml" => CiSystem.Travis,
            ".drone.yml" => CiSystem.Drone,
            _ when yaml && (name.StartsWith("azure-pipelines", StringComparison.Ordinal) || lower.StartsWith(".azure-pipelines/", StringComparison.Ordinal)) => CiSystem.AzurePipelines,
            _ when yaml && lower.StartsWith(".buildkite/", StringComparison.Ordinal) => CiSystem.Buildkite,
            _ when name == "jenkinsfile" || name.StartsWith("jenkinsfile.", StringComparison.Ordinal) => CiSystem.Jenkins,
            _ => null,
        };
    }

    /// <summary>The GitHub events a workflow's <c>on:</c> names (string, list or mapping form), with the key's line.</summary>
    public static (IReadOnlyList<string> Events, int Line) Triggers(YamlNode workflow)
    {
        var on = workflow.Entry("on") ?? workflow.Entry("true");
        if (on is null)
        {
            return ([], 0);
        }

        var events = on.Value.Kind switch
        {
            YamlKind.Mapping => on.Value.Entries.Select(e => e.Name).ToList(),
            YamlKind.Sequence => on.Value.Items.Select(i => i.Text).ToList(),
            _ => [on.Value.Text],
        };
        return (events, on.Line);
    }

    public static bool IsAutomatic(IReadOnlyList<string> events) =>
        events.Any(e => e is "push" or "pull_request" or "pull_request_target" or "merge_group" or "schedule" or "workflow_run" or "workflow_call");

    /// <summary>
    /// A GitHub workflow other repositories call (<c>on: workflow_call</c>, perhaps also runnable by hand) is a
    /// building block they run, not this repository's pipeline: its steps say nothing about how this one is checked.
    /// </summary>
    public static bool IsReusableOnly(CiFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.System != CiSystem.GitHubActions || file.Root is null)
        {
            return false;
        }

        var events = Triggers(file.Root).Events;
        return events.Contains("workflow_call") && events.All(e => e is "workflow_call" or "workflow_dispatch");
    }

    public static bool IsOnChange(IReadOnlyList<string> events) =>
        events.Any(e => e is "push" or "pull_request" or "pull_request_target" or "merge_group");

    public static SourceDocument? PackageJson(ProbeContext context, string workingDirectory) =>
        context.Workspace.Read(workingDirectory.Length == 0 ? "package.json" : $"{workingDirectory}/package.json");
}
