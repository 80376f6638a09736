using System.Text;

namespace Scanner.Tests.Hostile;

/// <summary>Files that are valid text but built to make a parser explode: refused in linear time, and said so.</summary>
public sealed class HostileStructureTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Scan_BillionLaughsInComposeAndWorkflow_InconclusiveNamingEachFile(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var bomb = Laughs();
        target.Write("docker-compose.yml", $"x-bomb:\n{bomb}services:\n  web:\n    image: nginx:1.27\n    environment: *lol9\n");
        target.Write(".github/workflows/ci.yml", $"on: push\nx-bomb:\n{bomb}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: *lol9\n");

        var report = target.Scan(cancellation);

        var compose = report.At("docker-compose.yml").Where(f => f.Outcome == "inconclusive").ToList();
        var workflow = report.At(".github/workflows/ci.yml").Where(f => f.Outcome == "inconclusive").ToList();
        Assert.That(compose.Select(f => f.ProbeId), Does.Contain("compose-no-privileged"));
        Assert.That(compose.Select(f => f.Message), Has.All.Contain("alias bomb"));
        Assert.That(workflow.Select(f => f.ProbeId), Does.Contain("ci-actions-pinned"));
        Assert.That(workflow.Select(f => f.Message), Has.All.Contain("alias bomb"));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_100000NestedArraysInPackageAndTsconfig_InconclusiveOrNoteNamingEachFile(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var nested = new string('[', 100_000) + new string(']', 100_000);
        target.Write("package.json", $"{{\"name\": \"bomb\", \"scripts\": {{\"start\": \"node src/ok.js\"}}, \"x\": {nested}}}");
        target.Write("tsconfig.json", $"{{\"compilerOptions\": {{\"strict\": true}}, \"x\": {nested}}}");

        var report = target.Scan(cancellation);

        Assert.That(report.At("tsconfig.json").Select(f => (f.ProbeId, f.Outcome)), Does.Contain(("js-typescript-strict", "inconclusive")));
        Assert.That(report.NoteFor("package.json")?.Kind, Is.EqualTo("unparsed"));
        Assert.That(report.NoteFor("package.json")?.Message, Does.Contain("nested deeper than 64 levels"));
        report.AssertRestIntact();
    }

    [Test]
    [Category("Hostile")]
    [CancelAfter(90_000)]
    public void Scan_Checklist100000Lines_JudgesEveryLine(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var checklist = new StringBuilder("# Production checklist\n\n");
        for (var i = 0; i < 100_000; i++)
        {
            checklist.Append(i % 2 == 0 ? "- [x] No console.log left in production code\n" : "- [ ] Item ").Append(i % 2 == 0 ? "" : $"{i}\n");
        }

        target.Write("PRODUCTION_CHECKLIST.md", checklist.ToString());

        var report = target.Scan(cancellation);

        Assert.That(report.NoteFor("PRODUCTION_CHECKLIST.md"), Is.Null);
        Assert.That(report.FalseClaims, Is.EqualTo(50_000));
        report.AssertRestIntact();
    }

    /// <summary>Nine anchors, each a list of nine aliases of the one before: 9^9 nodes once expanded.</summary>
    private static string Laughs()
    {
        var text = new StringBuilder("  lol0: &lol0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"  lol{i}: &lol{i} [").AppendJoin(", ", Enumerable.Repeat($"*lol{i - 1}", 9)).Append("]\n");
        }

        return text.ToString();
    }
}
