using System.Text.Json;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

public sealed class CliTests
{
    [Test]
    public void Scan_SampleApp_PrintsFailuresAndPassesWithEvidenceAndExitsOne()
    {
        var result = Support.Cli.Run("scan", "fixtures/apps/express-api", "--show", "pass");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout, Does.Contain("FAIL  dockerfile-non-root-user"));
        Assert.That(result.Stdout, Does.Contain("PASS  js-helmet-csp-enabled"));
        Assert.That(result.Stdout, Does.Match(@"src/routes/orders\.js:\d+  console call left in production code"));
        Assert.That(result.Stdout, Does.Match(@"src/app\.js:\d+  helmet applied"));
    }

    [Test]
    public void Scan_JsonFormatToFile_WritesValidJsonAndNothingOnStdout()
    {
        using var tree = new TempTree();
        var output = Path.Combine(tree.Root, "report.json");

        var result = Support.Cli.Run("scan", "fixtures/apps/express-api", "--format", "json", "--output", output, "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Is.Empty);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        Assert.That(doc.RootElement.GetProperty("findings").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public void Scan_MissingDirectory_SaysSoInOneLineAndExitsTwo()
    {
        var result = Support.Cli.Run("scan", "no/such/dir");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Trim(), Is.EqualTo("readyscan: no such directory: no/such/dir"));
        Assert.That(result.Stdout, Is.Empty);
    }

    [TestCase("scan", "--format", "yaml")]
    [TestCase("scan", "--only", "no-such-probe")]
    [TestCase("scan", "--rules", "no/such/rules")]
    [TestCase("frobnicate")]
    public void Run_BadArguments_ExitsTwo(params string[] args)
    {
        var result = Support.Cli.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
        Assert.That(result.Stderr, Does.StartWith("readyscan: "));
    }

    [TestCase("--help")]
    [TestCase("scan", "--help")]
    [TestCase("rules", "list", "--help")]
    [TestCase("rules", "test", "--help")]
    [TestCase("fleet", "scan", "--help")]
    [TestCase("fleet", "report", "--help")]
    public void Help_EveryVerb_PrintsUsage(params string[] args)
    {
        var result = Support.Cli.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Stdout, Does.Contain("Usage:"));
    }

    [Test]
    public void RulesTest_Fixtures_AllPassAndEndWithCounts()
    {
        var result = Support.Cli.Run("rules", "test");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stdout);
        Assert.That(result.Stdout.TrimEnd(), Does.Match(@"\n\d+ passed, 0 failed$"));
    }

    [Test]
    public void Scan_HostileTree_ExitsZeroWithANoteForEachSkippedFile()
    {
        using var tree = new TempTree();
        tree.Write("app.js", "module.exports = {};\n");
        tree.WriteBytes("image.js", [0x00, 0x01, 0x02]);
        tree.WriteBytes("bad.py", [0xC3, 0x28, 0x0A]);
        tree.Write("compose.yaml", "services: [: bad\n");
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "loop"), tree.Root);
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "etc"), "/etc");
        using (var big = File.Create(Path.Combine(tree.Root, "big.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        var notes = doc.RootElement.GetProperty("notes").EnumerateArray()
            .Select(n => (n.GetProperty("path").GetString(), n.GetProperty("kind").GetString())).ToList();
        Assert.That(notes, Is.SupersetOf(new[]
        {
            ("big.txt", "too-large"), ("etc", "symlink-outside"), ("loop", "symlink-loop"), ("image.js", "binary"), ("bad.py", "invalid-utf8"),
        }));
    }
}
