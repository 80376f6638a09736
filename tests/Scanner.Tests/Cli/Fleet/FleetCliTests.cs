using System.Globalization;
using System.Text.Json;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli.Fleet;

/// <summary>A fleet of small generated repositories, scanned in shards and merged, as a GitHub matrix or an Indexed Job would.</summary>
public sealed class FleetCliTests
{
    private const int Repositories = 50;

    [Test]
    [CancelAfter(240_000)]
    public void FleetScan_FiftyRepositoriesInFourShards_EachOnceAndTheMergedReportIsTheUnshardedOneByteForByte()
    {
        using var tree = new TempTree();
        var list = tree.Write("fleet.txt", "# generated fleet\n" + string.Join("\n", Enumerable.Range(0, Repositories).Select(i => MakeRepository(tree, i))) + "\n");
        var merged = Path.Combine(tree.Root, "merged");
        Directory.CreateDirectory(merged);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 1; k <= 4; k++)
        {
            var shard = Path.Combine(tree.Root, $"shard-{k}");
            var result = Support.Cli.Run("fleet", "scan", list, "--shard", $"{k}/4", "--out", shard);
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            foreach (var report in Directory.GetFiles(shard))
            {
                Assert.That(owner.TryAdd(Path.GetFileName(report), k), Is.True, $"{Path.GetFileName(report)} in shards {owner.GetValueOrDefault(Path.GetFileName(report))} and {k}");
                File.Copy(report, Path.Combine(merged, Path.GetFileName(report)));
            }
        }

        var whole = Path.Combine(tree.Root, "whole");
        var unsharded = Support.Cli.Run("fleet", "scan", list, "--shard", "1/1", "--out", whole);

        Assert.That(unsharded.ExitCode, Is.EqualTo(0), unsharded.Stderr);
        Assert.That(owner.Keys, Is.EquivalentTo(Directory.GetFiles(whole).Select(Path.GetFileName)));
        Assert.That(owner, Has.Count.EqualTo(Repositories));
        Assert.That(owner.Values.Distinct().Count(), Is.EqualTo(4), "every shard scanned some");
        foreach (var format in new[] { "json", "markdown", "html" })
        {
            var fromShards = Support.Cli.Run("fleet", "report", merged, "--format", format);
            var fromOne = Support.Cli.Run("fleet", "report", whole, "--format", format);
            Assert.That(fromShards.ExitCode, Is.EqualTo(0), fromShards.Stderr);
            Assert.That(fromShards.Stdout, Is.EqualTo(fromOne.Stdout), format);
        }

        using var json = JsonDocument.Parse(Support.Cli.Run("fleet", "report", merged, "--format", "json").Stdout);
        Assert.That(json.RootElement.GetProperty("scanned").GetInt32(), Is.EqualTo(Repositories));
        var rootUser = json.RootElement.GetProperty("perRepository").EnumerateArray()
            .Where(r => r.GetProperty("failing").EnumerateArray().Any(f => f.GetProperty("probe").GetString() == "dockerfile-non-root-user"))
            .Select(r => r.GetProperty("repository").GetString()!);
        Assert.That(rootUser, Is.EqualTo(Enumerable.Range(0, Repositories / 2).Select(i => Path.Combine(tree.Root, string.Create(CultureInfo.InvariantCulture, $"repos/svc-{2 * i:00}")))));
        Assert.That(json.RootElement.GetProperty("falseClaims").GetInt32(), Is.EqualTo(25));
    }

    [Test]
    public void FleetScan_MissingRepository_RecordedAsNotScannedAndExitsOne()
    {
        using var tree = new TempTree();
        var list = tree.Write("fleet.txt", MakeRepository(tree, 0) + "\n" + Path.Combine(tree.Root, "gone") + "\n");
        var output = Path.Combine(tree.Root, "out");

        var result = Support.Cli.Run("fleet", "scan", list, "--out", output);
        var report = Support.Cli.Run("fleet", "report", output, "--format", "markdown");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr, Does.EndWith("readyscan: fleet shard 1/1: 2 of 2 repositories, 1 scanned, 1 not scanned; reports in " + output + "\n"));
        Assert.That(report.Stdout, Does.Contain($"### {Path.Combine(tree.Root, "gone")}\n\nNot scanned: no such directory: {Path.Combine(tree.Root, "gone")}\n"));
    }

    [Test]
    public void FleetScanList_FourShards_PrintEveryLineOnceAndScanNothing()
    {
        using var tree = new TempTree();
        var names = Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"org/service-{i}")).ToList();
        var list = tree.Write("fleet.txt", "# org\n" + string.Join("\n", names) + "\n");

        var printed = Enumerable.Range(1, 4).SelectMany(k => Support.Cli.Run("fleet", "scan", list, "--shard", $"{k}/4", "--list").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.That(printed, Is.EquivalentTo(names));
        Assert.That(Directory.GetFileSystemEntries(tree.Root), Has.Length.EqualTo(1));
    }

    [TestCase("fleet", "scan", "no/such/list.txt", "--out", "x")]
    [TestCase("fleet", "scan", "README.md")]
    [TestCase("fleet", "report", "no/such/dir")]
    [TestCase("fleet", "report", ".", "--format", "sarif")]
    public void Fleet_BadArguments_ExitTwo(params string[] args)
    {
        var result = Support.Cli.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
        Assert.That(result.Stderr, Does.StartWith("readyscan: "));
    }

    /// <summary>Half the repositories run as root and tick a checklist line that says otherwise: a known false claim each.</summary>
    private static string MakeRepository(TempTree tree, int i)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"repos/svc-{i:00}");
        var root = i % 2 == 0;
        tree.Write($"{name}/Dockerfile", root ? "FROM node:22-alpine\nCOPY . .\nCMD [\"node\", \"index.js\"]\n" : "FROM node:22-alpine\nCOPY . .\nUSER node\nCMD [\"node\", \"index.js\"]\n");
        tree.Write($"{name}/index.js", "const http = require('http');\nhttp.createServer((q, s) => s.end('ok')).listen(process.env.PORT);\n");
        tree.Write($"{name}/package.json", $"{{\"name\": \"svc-{i}\", \"version\": \"1.0.0\", \"main\": \"index.js\"}}\n");
        tree.Write($"{name}/PRODUCTION_CHECKLIST.md", "# Production checklist\n\n- [x] Containers run as a non-root user\n");
        return Path.Combine(tree.Root, name);
    }
}
