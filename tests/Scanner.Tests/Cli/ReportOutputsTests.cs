using System.Text.Json;
using System.Xml.Linq;
using Scanner.Cli;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

public sealed class ReportOutputsTests
{
    [Test]
    public void Scan_SeveralFormats_WritesEachFromOneScanAndTheConsoleToStdout()
    {
        using var tree = new TempTree();
        string Out(string name) => Path.Combine(tree.Root, "out", name);

        var result = Support.Cli.Run("scan", Reports.SampleTarget, "--format", "sarif=" + Out("r.sarif"), "--format", "console",
            "-f", "junit=" + Out("r.xml"), "-f", "markdown=" + Out("r.md"), "-f", "html=" + Out("r.html"), "-f", "json=" + Out("r.json"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout, Does.StartWith("ReadyScan ").And.Contain("\nSummary: 10 false claims, 5 confirmed, 2 open"));
        Assert.That(JsonDocument.Parse(File.ReadAllText(Out("r.sarif"))).RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(XDocument.Load(Out("r.xml")).Root!.Name.LocalName, Is.EqualTo("testsuites"));
        Assert.That(File.ReadAllText(Out("r.md")), Does.StartWith("## ReadyScan"));
        Assert.That(File.ReadAllText(Out("r.html")), Does.StartWith("<!DOCTYPE html>"));
        Assert.That(JsonDocument.Parse(File.ReadAllText(Out("r.json"))).RootElement.GetProperty("schemaVersion").GetString(), Is.EqualTo("1.5"));
        Assert.That(result.Stderr, Does.Contain("wrote sarif report to ").And.Not.Contain("readyscan: 10 false claims"),
            "the summary line is not repeated on stderr when the console report went to stdout");
    }

    [Test]
    public void Scan_OnlyFileOutputs_EndsStderrWithTheSummaryLine()
    {
        using var tree = new TempTree();

        var result = Support.Cli.Run("scan", Reports.SampleTarget, "--format", "sarif=" + Path.Combine(tree.Root, "r.sarif"));

        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr.TrimEnd(), Does.EndWith("· 15 files scanned"));
        Assert.That(result.Stderr, Does.Contain("readyscan: 10 false claims, 5 confirmed"));
    }

    [TestCase("--format", "json", "--format", "sarif")]
    [TestCase("--format", "sarif=a.sarif", "--output", "b.sarif")]
    [TestCase("--format", "sarif=", "--format", "console")]
    [TestCase("--format", "sarif=same.out", "--format", "html=same.out")]
    [TestCase("--format", "pdf=report.pdf")]
    public void Scan_ConflictingOutputs_ExitsTwoBeforeScanning(params string[] args)
    {
        var result = Support.Cli.Run(["scan", Reports.SampleTarget, .. args]);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
        Assert.That(result.Stderr, Does.StartWith("readyscan: "));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void Scan_Quiet_PrintsOnlyWhatNeedsActionAndTheSummary()
    {
        var result = Support.Cli.Run("scan", Reports.SampleTarget, "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stdout, Does.Contain("FALSE CLAIMS").And.Contain("FAIL  secrets-none-hardcoded"));
        Assert.That(result.Stdout, Does.Not.Contain("PASS  ").And.Not.Contain("CONFIRMED").And.Not.Contain("ALREADY DONE"));
        Assert.That(result.Stdout.TrimEnd().Split('\n')[^1], Does.StartWith("Summary: 10 false claims"));
        Assert.That(result.Stderr, Is.Empty);
    }

    [Test]
    public void Scan_Redirected_WritesNoColour()
    {
        // A child process: what is redirected is the process's own stdout, which an in-process run does not own.
        var result = Support.Cli.RunProcess("scan", Reports.SampleTarget);

        Assert.That(result.Stdout, Does.Not.Contain("\u001b["));
    }

    [TestCase(false, null, null, ExpectedResult = true)]
    [TestCase(true, null, null, ExpectedResult = false)]
    [TestCase(false, "1", null, ExpectedResult = false)]
    [TestCase(false, "", null, ExpectedResult = true)]
    [TestCase(false, null, "dumb", ExpectedResult = false)]
    public bool WantsColor_TerminalAndEnvironment_FollowsNoColor(bool redirected, string? noColor, string? term) =>
        Terminal.WantsColor(redirected, name => name switch { "NO_COLOR" => noColor, "TERM" => term, _ => null });
}
