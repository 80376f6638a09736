using System.Text.RegularExpressions;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>The GitHub Action as users pin it: every action it calls is pinned by commit SHA, and the tool is installed, not built.</summary>
public sealed partial class ActionYamlTests
{
    [Test]
    public void ActionYaml_EveryUses_IsPinnedByCommitSha()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "action.yml")).Where(l => l.Contains("uses:", StringComparison.Ordinal)).ToList();

        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines.Where(l => !PinnedUse().IsMatch(l)), Is.Empty);
        Assert.That(lines, Has.Some.Contains("github/codeql-action/upload-sarif@").And.Some.Contains("# v4."));
    }

    [Test]
    public void ActionYaml_InstallsThePackedTool_InsteadOfBuildingIt()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml"));

        Assert.That(yaml, Does.Contain("tool install --tool-path").And.Not.Contain("dotnet pack"));
    }

    [Test]
    public void ReadmeWorkflow_AsksForTheCodeScanningPermissions()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.That(readme, Does.Contain("security-events: write").And.Contain("actions: read"));
    }

    [GeneratedRegex(@"uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40}(\s|$)")]
    private static partial Regex PinnedUse();
}
