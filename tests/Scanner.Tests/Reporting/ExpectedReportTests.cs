using System.Text.Json;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

/// <summary>
/// Every format from one CLI scan of the sample app, byte for byte against the files in
/// tests/Scanner.Tests/Expected/express-api/. Only the git HEAD varies legitimately (the fixture lives in this
/// repository); it is replaced by &lt;HEAD&gt;. After an intended change, regenerate the files with
/// <c>READYSCAN_UPDATE_EXPECTED=1 dotnet test Scanner.sln --filter ExpectedReportTests</c> and review the diff.
/// </summary>
public sealed class ExpectedReportTests
{
    private static readonly string[] Files = ["report.txt", "report.json", "report.sarif", "report.md", "report.html", "report.junit.xml"];

    private static readonly Lazy<(string Directory, CliResult Result)> Scan = new(() =>
    {
        var directory = Directory.CreateTempSubdirectory("readyscan-expected-").FullName;
        string Out(string name) => Path.Combine(directory, name);
        var result = Support.Cli.Run("scan", Reports.SampleTarget, "--format", "console=" + Out("report.txt"), "--format", "json=" + Out("report.json"),
            "--format", "sarif=" + Out("report.sarif"), "--format", "markdown=" + Out("report.md"), "--format", "html=" + Out("report.html"),
            "--format", "junit=" + Out("report.junit.xml"));
        return (directory, result);
    });

    private static string ExpectedDirectory => Path.Combine(RepoPaths.Root, "tests", "Scanner.Tests", "Expected", "express-api");

    [OneTimeTearDown]
    public void DeleteOutputs()
    {
        if (Scan.IsValueCreated)
        {
            Directory.Delete(Scan.Value.Directory, recursive: true);
        }
    }

    [Test]
    public void Scan_AllFormatsInOneRun_ExitsOneWithNothingOnStdout()
    {
        var (_, result) = Scan.Value;

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr.Split('\n').Count(l => l.StartsWith("readyscan: wrote ", StringComparison.Ordinal)), Is.EqualTo(Files.Length));
    }

    [TestCaseSource(nameof(Files))]
    public void Scan_SampleApp_MatchesTheExpectedFile(string name)
    {
        var (directory, result) = Scan.Value;
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        var head = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "report.json"))).RootElement.GetProperty("target").GetProperty("head").GetString();

        Compare(name, Normalize(File.ReadAllText(Path.Combine(directory, name)), head));
    }

    [Test]
    public void Annotate_SampleAppCopy_MatchesTheExpectedCopy()
    {
        using var tree = new TempTree();
        var app = Path.Combine(RepoPaths.Root, Reports.SampleTarget);
        foreach (var file in Directory.EnumerateFiles(app, "*", SearchOption.AllDirectories))
        {
            tree.WriteBytes(Path.GetRelativePath(app, file), File.ReadAllBytes(file));
        }

        var result = Support.Cli.Run("scan", tree.Root, "--annotate", "--fix-checkboxes", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.md")), Is.EqualTo(File.ReadAllBytes(Path.Combine(app, "PRODUCTION_CHECKLIST.md"))));
        Compare("PRODUCTION_CHECKLIST.readyscan.md", File.ReadAllText(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.readyscan.md")));
    }

    /// <summary>The HEAD sha, full and as the 10-character short form the console and Markdown print.</summary>
    private static string Normalize(string text, string? head) =>
        head is { Length: >= 10 } ? text.Replace(head, "<HEAD>", StringComparison.Ordinal).Replace(head[..10], "<HEAD>", StringComparison.Ordinal) : text;

    private static void Compare(string name, string actual)
    {
        var path = Path.Combine(ExpectedDirectory, name);
        if (Environment.GetEnvironmentVariable("READYSCAN_UPDATE_EXPECTED") == "1")
        {
            Directory.CreateDirectory(ExpectedDirectory);
            File.WriteAllText(path, actual);
            Assert.Warn($"rewrote {path}: review the diff before committing");
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"no expected file {path}; run with READYSCAN_UPDATE_EXPECTED=1 to create it");
        var expected = File.ReadAllText(path);
        if (actual != expected)
        {
            var at = Enumerable.Range(0, Math.Min(actual.Length, expected.Length)).FirstOrDefault(i => actual[i] != expected[i], Math.Min(actual.Length, expected.Length));
            var line = expected[..Math.Min(at, expected.Length)].Count(c => c == '\n') + 1;
            Assert.Fail($"{name} differs from {path} at line {line}:\n expected: {Excerpt(expected, at)}\n actual:   {Excerpt(actual, at)}\n" +
                "If the change is intended, rerun with READYSCAN_UPDATE_EXPECTED=1 and review the diff.");
        }
    }

    private static string Excerpt(string text, int at) =>
        at >= text.Length ? "(end of file)" : text.Substring(Math.Max(0, at - 40), Math.Min(120, text.Length - Math.Max(0, at - 40))).Replace("\n", "\\n", StringComparison.Ordinal);
}
