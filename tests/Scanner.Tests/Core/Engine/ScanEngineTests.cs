using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Engine;

public sealed class ScanEngineTests
{
    [Test]
    public void Run_ProbeThrows_BecomesOneInconclusiveFindingAndOthersRun()
    {
        using var tree = new TempTree();
        tree.Write("rules/test/always-throws.yaml", "id: always-throws\ntitle: t\ndescription: d\nremediation: r\ncode: ThrowingProbe\n");
        tree.Write("target/src/app.js", "console.log('x');\n");
        var catalog = ProbeCatalog.Load([DefaultProbes.Assembly, typeof(ThrowingProbe).Assembly], Path.Combine(tree.Root, "rules"));

        var result = new ScanEngine(catalog, Scans.Silent).Run(
            Workspace.Open(Path.Combine(tree.Root, "target"), new WorkspaceOptions(), Scans.Silent),
            new ScanOptions { Only = new HashSet<string> { "always-throws", "js-no-console-log" } });

        var thrown = Scans.Probe(result, "always-throws");
        Assert.That(thrown.Outcome, Is.EqualTo(Outcome.Inconclusive));
        Assert.That(thrown.Findings.Single().Message, Does.Contain("InvalidOperationException").And.Not.Contain("ghp_"));
        Assert.That(Scans.Probe(result, "js-no-console-log").Outcome, Is.EqualTo(Outcome.Fail));
    }

    [Test]
    public void Run_CompiledPatternRunsPastItsTimeout_ProbeRerunsOnNonBacktrackingTwinsWithTheSameAnswer()
    {
        using var tree = new TempTree();
        tree.Write("rules/test/catastrophic.yaml", "id: catastrophic\ntitle: t\ndescription: d\nremediation: r\nfiles: [\"*.txt\"]\ncode: CatastrophicPatternProbe\n");
        tree.Write("target/hostile.txt", new string('a', 5_000) + "?");
        tree.Write("target/plain.txt", "hello!");
        var catalog = ProbeCatalog.Load([DefaultProbes.Assembly, typeof(CatastrophicPatternProbe).Assembly], Path.Combine(tree.Root, "rules"));

        var result = new ScanEngine(catalog, Scans.Silent).Run(
            Workspace.Open(Path.Combine(tree.Root, "target"), new WorkspaceOptions(), Scans.Silent),
            new ScanOptions { Only = new HashSet<string> { "catastrophic" } });

        var probe = Scans.Probe(result, "catastrophic");
        Assert.That(probe.Findings.Select(f => (f.Location!.Path, f.Outcome)), Is.EqualTo(new[] { ("hostile.txt", Outcome.Pass), ("plain.txt", Outcome.Fail) }));
        Assert.That(result.Notes.Select(n => n.Kind), Does.Not.Contain("time-budget"));
    }

    [Test]
    public void Run_UnrelatedLinesInsertedAbove_KeepsFingerprints()
    {
        using var tree = new TempTree();
        tree.Write("src/app.js", "console.log('a');\nconsole.log('a');\nconsole.log('b');\n");
        var before = Fingerprints(Scans.Run(tree.Root, "js-no-console-log"));
        tree.Write("src/app.js", "// header\n\nconst x = 1;\nconsole.log('a');\n  console.log('a');\nconsole.log('b');\n");
        var after = Fingerprints(Scans.Run(tree.Root, "js-no-console-log"));

        Assert.That(before, Has.Count.EqualTo(3));
        Assert.That(before.Distinct().Count(), Is.EqualTo(3));
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public void Run_InlineSuppressionWithReason_KeepsFindingVisibleButNotFailing()
    {
        using var tree = new TempTree();
        tree.Write("src/app.js", """
            // readyscan:ignore js-no-console-log -- start-up banner is intentional
            console.log('listening');
            console.log('suppressed by nothing'); // readyscan:ignore js-no-console-log
            """);

        var probe = Scans.Probe(Scans.Run(tree.Root, "js-no-console-log"), "js-no-console-log");
        var fails = probe.Findings.Where(f => f.Outcome == Outcome.Fail).ToList();

        Assert.That(fails, Has.Count.EqualTo(2));
        Assert.That(fails[0].Suppression?.Justification, Is.EqualTo("start-up banner is intentional"));
        Assert.That(fails[1].IsSuppressed, Is.False, "a marker without a reason does not suppress");
        Assert.That(probe.Outcome, Is.EqualTo(Outcome.Fail));
    }

    [Test]
    public void Run_SameTreeTwice_GivesIdenticalResults()
    {
        var app = Path.Combine(RepoPaths.Fixtures, "apps", "express-api");

        var first = Scans.Run(app);
        var second = Scans.Run(app);

        Assert.That(Fingerprints(second), Is.EqualTo(Fingerprints(first)));
        Assert.That(second.Probes.Select(p => p.Outcome), Is.EqualTo(first.Probes.Select(p => p.Outcome)));
    }

    private static List<string> Fingerprints(ScanResult result) =>
        [.. result.AllFindings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Fingerprint)];
}
