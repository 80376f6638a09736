using System.Text;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>Input shaped to make a backtracking regex explode: linear engines shrug, the rest hit a budget and say so.</summary>
public sealed class HostilePatternTests
{
    private const int Megabyte = 1024 * 1024;

    [Test]
    [CancelAfter(60_000)]
    public void Scan_MegabyteLinesAtSecretKeywords_FinishesAndKeepsTheRest(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var a = new string('a', Megabyte);
        target.Write("src/evil.js", $"const password = \"{a}!\nconst token = {new string('=', Megabyte)}\nconst apiKey = {new string('"', Megabyte)}\nconst secret = '{Repeat("a'", Megabyte / 2)}\n");
        target.Write("app/settings.py", $"SECRET_KEY = \"{a}!\napi_key{Repeat(" =", Megabyte / 2)}\nDEBUG = os.environ.get(\"{a}\n");
        target.Write(".env", $"PASSWORD={a}!\nTOKEN=\"{new string('\\', Megabyte)}\n");
        target.Write("docker-compose.yml", $"services:\n  web:\n    image: nginx:1.27\n    environment:\n      - A=${{{new string('A', Megabyte)}\n      - PASSWORD={a}!\n");

        var report = target.Scan(cancellation);

        Assert.That(report.Findings.Where(f => f.Outcome == "inconclusive").Select(f => f.Message), Has.None.Contain("probe failed"));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_SuppressionMarkerBeforeAMegabyteOfSpaces_NotesTheLineAndKeepsTheFinding(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        // TypeScript: a .js file whose lines are this long is set aside as minified, and code probes never read it.
        target.Write("src/marked.ts", $"console.log('x'); // readyscan:ignore js-no-console-log -- reason{new string(' ', Megabyte)}x\n");

        var report = target.ScanCli(cancellation);

        Assert.That(report.NoteFor("src/marked.ts")?.Kind, Is.EqualTo("time-budget"));
        Assert.That(report.NoteFor("src/marked.ts")?.Message, Does.Contain("line 1"));
        Assert.That(report.At("src/marked.ts").Select(f => (f.ProbeId, f.Outcome)), Does.Contain(("js-no-console-log", "fail")));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_GitignoreWith10000Patterns_AppliesTheLastOneInTime(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var rules = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            // Half ordinary, half built to explode a backtracking glob regex against the long name below.
            rules.Append(i % 2 == 0 ? $"**/cache{i}/**/*.tmp{i}\n" : $"*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b{i}\n");
        }

        rules.Append("ignored-*.js\n");
        target.Write(".gitignore", rules.ToString());
        target.Write("src/ignored-by-last-rule.js", "console.log('ignored');\n");
        target.Write($"src/{new string('a', 200)}/b1.js", "console.log('long name');\n");

        var report = target.Scan(cancellation);

        Assert.That(report.At("src/ignored-by-last-rule.js"), Is.Empty);
        Assert.That(report.At($"src/{new string('a', 200)}/b1.js").Select(f => f.ProbeId), Does.Contain("js-no-console-log"));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Run_ProbePatternRunsOutOfTime_InconclusiveAndNoteNameTheFile(CancellationToken cancellation)
    {
        using var tree = new TempTree();
        tree.Write("rules/test/backtracks.yaml", "id: backtracks\ntitle: t\ndescription: d\nremediation: r\ncode: BacktrackingProbe\n");
        tree.Write("target/src/a.txt", "aaa!\n");
        tree.Write("target/src/b.txt", new string('a', 64) + "\n");
        tree.Write("target/src/ok.js", "console.log('still scanned');\n");
        var catalog = ProbeCatalog.Load([DefaultProbes.Assembly, typeof(BacktrackingProbe).Assembly], Path.Combine(tree.Root, "rules"));
        var workspace = Workspace.Open(Path.Combine(tree.Root, "target"), new WorkspaceOptions(), Scans.Silent);

        var result = new ScanEngine(catalog, Scans.Silent).Run(
            workspace, new ScanOptions { Only = new HashSet<string> { "backtracks", "js-no-console-log" } }, cancellation);

        var timedOut = Scans.Probe(result, "backtracks");
        Assert.That(timedOut.Outcome, Is.EqualTo(Outcome.Inconclusive));
        Assert.That(timedOut.Findings.Single().Location?.Path, Is.EqualTo("src/b.txt"));
        Assert.That(timedOut.Findings.Single().Message, Does.Contain("time budget"));
        Assert.That(result.Notes, Does.Contain(new ScanNote("src/b.txt", "time-budget", "backtracks: a pattern ran past its 50 ms budget on this file; the probe could not judge it")));
        Assert.That(Scans.Probe(result, "js-no-console-log").Outcome, Is.EqualTo(Outcome.Fail));
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
