using System.Text;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;
using Scanner.Reporting.Model;
using Scanner.Reporting.Safety;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>
/// A checklist of a million lines must scan in bounded memory (measured in the README: under 300 MB peak for the
/// whole CLI). In CI a 200,000-line one is held to a per-line budget of what the judged report keeps alive: once
/// parsing kept a syntax tree of the whole file and every line its own record, reason and match list, about 650
/// bytes a line; now a line keeps its text's characters and two small rows (99 bytes measured).
/// GC.GetTotalMemory counts every thread's allocations, so the fixture runs alone.
/// </summary>
[NonParallelizable]
public sealed class HostileChecklistMemoryTests
{
    private const int Lines = 200_000;
    private const int BytesPerLineBudget = 120;

    [Test]
    [CancelAfter(90_000)]
    public void Reconcile_200000LineChecklist_KeepsUnderTheBytesPerLineBudget(CancellationToken cancellation)
    {
        var text = Generate(Lines);
        var scan = Scans.Run(Path.Combine(RepoPaths.Fixtures, "apps", "express-api"));
        var reconciler = new Reconciler(ControlCatalog.LoadDefault());
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var document = ChecklistParser.Parse("BIG.md", text);
        var checklist = reconciler.Reconcile([new ChecklistFile("BIG.md", "--checklist", document)], scan);
        var report = ReportRedaction.Apply(new ScanReport("target", scan, checklist));
        cancellation.ThrowIfCancellationRequested();
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;

        TestContext.Out.WriteLine($"{Lines} lines keep {kept / Lines} bytes a line ({kept / 1048576} MB)");
        Assert.That(report.Checklist.Lines, Has.Count.EqualTo(Lines - (Lines / 50)));
        Assert.That(report.Checklist.Lines[^1].Item.Text, Is.EqualTo($"Docs {Lines - 1}"));
        Assert.That(kept / Lines, Is.LessThan(BytesPerLineBudget));
        GC.KeepAlive(report);
    }

    /// <summary>A heading every 50 lines, ten kinds of item that match controls or not, each line's text its own.</summary>
    private static string Generate(int lines)
    {
        string[] items = ["- [x] HTTPS", "- [ ] CORS", "- [x] Rate limit", "- [ ] Logging", "- [x] Tests", "* [x] Backups", "- [ ] Alerts", "- [x] Healthcheck", "- [ ] CSP", "- [x] Docs"];
        var builder = new StringBuilder(lines * 20);
        for (var i = 0; i < lines; i++)
        {
            _ = i % 50 == 0 ? builder.Append("## Area ").Append(i / 50).Append('\n') : builder.Append(items[i % 10]).Append(' ').Append(i).Append('\n');
        }

        return builder.ToString();
    }
}
