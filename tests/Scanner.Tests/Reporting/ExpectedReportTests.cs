using System.Collections.Concurrent;
using System.Text.Json;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

/// <summary>
/// Every format from one CLI scan of each sample app, byte for byte against the files in
/// tests/Scanner.Tests/Expected/&lt;app&gt;/. Only the git HEAD varies legitimately (the fixtures live in this
/// repository); it is replaced by &lt;HEAD&gt;. After an intended change, regenerate the files with
/// <c>READYSCAN_UPDATE_EXPECTED=1 dotnet test Scanner.sln --filter ExpectedReportTests</c> and review the diff.
/// </summary>
public sealed class ExpectedReportTests
{
    private static readonly string[] Files = ["report.txt", "report.json", "report.sarif", "report.md", "report.html", "report.junit.xml"];

    private static readonly string[] Apps = ["express-api", "flask-app", "aspnet-app", "next-app"];

    private static readonly ConcurrentDictionary<string, Lazy<(string Directory, CliResult Result)>> Scans = new(StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> AppFiles() => Apps.SelectMany(app => Files.Select(file => new TestCaseData(app, file)));

    private static (string Directory, CliResult Result) Scan(string app) => Scans.GetOrAdd(app, a => new(() =>
    {
        var directory = Directory.CreateTempSubdirectory("readyscan-expected-").FullName;
        string Out(string name) => Path.Combine(directory, name);
        var result = Support.Cli.Run("scan", $"fixtures/apps/{a}", "--format", "console=" + Out("report.txt"), "--format", "json=" + Out("report.json"),
            "--format", "sarif=" + Out("report.sarif"), "--format", "markdown=" + Out("report.md"), "--format", "html=" + Out("report.html"),
            "--format", "junit=" + Out("report.junit.xml"));
        return (directory, result);
    })).Value;

    private static string ExpectedDirectory(string app) => Path.Combine(RepoPaths.Root, "tests", "Scanner.Tests", "Expected", app);

    [OneTimeTearDown]
    public void DeleteOutputs()
    {
        foreach (var scan in Scans.Values.Where(s => s.IsValueCreated))
        {
            Directory.Delete(scan.Value.Directory, recursive: true);
        }
    }

    [TestCaseSource(nameof(Apps))]
    public void Scan_AllFormatsInOneRun_ExitsOneWithNothingOnStdout(string app)
    {
        var (_, result) = Scan(app);

        Assert.That(result.ExitCode, Is.EqualTo(1), "every sample checklist holds a false tick: " + result.Stderr);
        Assert.That(result.Stdout, Is.Empty);
        Assert.That(result.Stderr.Split('\n').Count(l => l.StartsWith("readyscan: wrote ", StringComparison.Ordinal)), Is.EqualTo(Files.Length));
    }

    [TestCaseSource(nameof(AppFiles))]
    public void Scan_SampleApp_MatchesTheExpectedFile(string app, string name)
    {
        var (directory, result) = Scan(app);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        var head = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "report.json"))).RootElement.GetProperty("target").GetProperty("head").GetString();

        Compare(app, name, Normalize(File.ReadAllText(Path.Combine(directory, name)), head));
    }

    [TestCaseSource(nameof(Apps))]
    public void Annotate_SampleAppCopy_MatchesTheExpectedCopy(string app)
    {
        using var tree = new TempTree();
        var root = Path.Combine(RepoPaths.Root, "fixtures", "apps", app);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            tree.WriteBytes(Path.GetRelativePath(root, file), File.ReadAllBytes(file));
        }

        var result = Support.Cli.Run("scan", tree.Root, "--annotate", "--fix-checkboxes", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(File.ReadAllBytes(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.md")), Is.EqualTo(File.ReadAllBytes(Path.Combine(root, "PRODUCTION_CHECKLIST.md"))));
        Compare(app, "PRODUCTION_CHECKLIST.readyscan.md", File.ReadAllText(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.readyscan.md")));
    }

    /// <summary>The HEAD sha, full and as the 10-character short form the console and Markdown print.</summary>
    private static string Normalize(string text, string? head) =>
        head is { Length: >= 10 } ? text.Replace(head, "<HEAD>", StringComparison.Ordinal).Replace(head[..10], "<HEAD>", StringComparison.Ordinal) : text;

    private static void Compare(string app, string name, string actual)
    {
        var path = Path.Combine(ExpectedDirectory(app), name);
        if (Environment.GetEnvironmentVariable("READYSCAN_UPDATE_EXPECTED") == "1")
        {
            Directory.CreateDirectory(ExpectedDirectory(app));
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
