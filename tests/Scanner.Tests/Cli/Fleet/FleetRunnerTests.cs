using System.Diagnostics;
using System.Text.RegularExpressions;
using Scanner.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Scanner.Tests.Cli.Fleet;

/// <summary>
/// The reusable GitHub workflow and the Kubernetes Indexed Job: they parse, every action is pinned, and the shard each
/// runner scans is wired from the matrix or the completion index, checked by running their shell lines.
/// </summary>
public sealed partial class FleetRunnerTests
{
    private static readonly string Workflow = Path.Combine(RepoPaths.Root, ".github", "workflows", "fleet.yml");

    private static readonly string IndexedJob = Path.Combine(RepoPaths.Root, "deploy", "fleet-job.yaml");

    [Test]
    public void Workflow_IsReusableWithAShardMatrixAndAMergeJob()
    {
        var root = Load(Workflow);
        var jobs = (YamlMappingNode)root["jobs"];

        Assert.That(((YamlMappingNode)root["on"]).Children.ContainsKey("workflow_call"), Is.True);
        Assert.That(Scalar(jobs["scan"]["strategy"]["matrix"]["shard"]), Is.EqualTo("${{ fromJSON(needs.plan.outputs.shards) }}"));
        var scanSteps = Steps(jobs["scan"]);
        Assert.That(scanSteps.Select(s => Scalar(s, "run")), Has.Some.Contains("readyscan fleet scan \"$LIST\" --shard \"$SHARD\" --out"));
        Assert.That(scanSteps.Where(s => Scalar(s, "name") == "Scan").Select(s => Scalar(s["env"]["SHARD"])), Is.EqualTo(new[] { "${{ matrix.shard }}/${{ inputs.shards }}" }));
        Assert.That(scanSteps.Select(s => Scalar(s, "uses")), Has.Some.StartsWith("actions/upload-artifact@"));
        var mergeSteps = Steps(jobs["merge"]);
        Assert.That(Scalar(jobs["merge"]["needs"]), Is.EqualTo("scan"));
        Assert.That(mergeSteps.Select(s => Scalar(s, "run")), Has.Some.Contains("--format html").And.Some.Contains("--format markdown >> \"$GITHUB_STEP_SUMMARY\""));
    }

    [Test]
    public void Workflow_EveryUses_IsPinnedByCommitShaWithItsVersion()
    {
        var uses = File.ReadAllLines(Workflow).Where(l => l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal) || l.TrimStart().StartsWith("uses:", StringComparison.Ordinal)).ToList();

        Assert.That(uses, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(uses.Where(l => !PinnedUse().IsMatch(l)), Is.Empty);
    }

    [TestCase("4", "shards=[1,2,3,4]")]
    [TestCase("1", "shards=[1]")]
    public void Workflow_PlanStep_WritesTheShardMatrix(string shards, string expected)
    {
        using var tree = new TempTree();
        var output = Path.Combine(tree.Root, "output");
        var script = Scalar(Steps(Load(Workflow)["jobs"]["plan"]).Single(), "run");

        var (code, _) = Bash(script, new() { ["SHARDS"] = shards, ["GITHUB_OUTPUT"] = output });

        Assert.That(code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(output).Trim(), Is.EqualTo(expected));
    }

    [Test]
    public void IndexedJob_ShardComesFromTheCompletionIndex()
    {
        var job = Load(IndexedJob);
        var spec = job["spec"];
        var container = ((YamlSequenceNode)spec["template"]["spec"]["containers"]).Children.Single();
        var shards = ((YamlSequenceNode)container["env"]).Children.Single(e => Scalar(e["name"]) == "SHARDS")["value"];

        Assert.That((Scalar(job["kind"]), Scalar(spec["completionMode"])), Is.EqualTo(("Job", "Indexed")));
        Assert.That(Scalar(spec["completions"]), Is.EqualTo(Scalar(shards)).And.EqualTo(Scalar(spec["parallelism"])));
        var line = Scalar(((YamlSequenceNode)container["args"]).Children.Single()).Replace("dotnet /opt/readyscan/readyscan.dll", "echo", StringComparison.Ordinal);
        var shardsSeen = Enumerable.Range(0, 4).Select(i => Bash(line, new() { ["JOB_COMPLETION_INDEX"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["SHARDS"] = Scalar(shards) }).Output.Trim());
        Assert.That(shardsSeen, Is.EqualTo(Enumerable.Range(1, 4).Select(k => $"fleet scan /fleet/repositories.txt --shard {k}/4 --out /reports")));
    }

    [Test]
    public void ReportJob_ParsesAndMergesTheSameVolume()
    {
        var job = Load(Path.Combine(RepoPaths.Root, "deploy", "fleet-report-job.yaml"));
        var container = ((YamlSequenceNode)job["spec"]["template"]["spec"]["containers"]).Children.Single();

        Assert.That(Scalar(((YamlSequenceNode)container["args"]).Children.Single()), Does.Contain("fleet report /reports --format \"$f\""));
    }

    private static YamlNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return stream.Documents.Single().RootNode;
    }

    private static List<YamlNode> Steps(YamlNode job) => [.. ((YamlSequenceNode)job["steps"]).Children];

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static string Scalar(YamlNode map, string key) =>
        ((YamlMappingNode)map).Children.TryGetValue(new YamlScalarNode(key), out var value) ? Scalar(value) : "";

    private static (int Code, string Output) Bash(string script, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-ec");
        start.ArgumentList.Add(script);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    [GeneratedRegex(@"uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedUse();
}
