using Scanner.Core.Model;
using Scanner.Reporting.Fleet;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting.Fleet;

public sealed class FleetReportTests
{
    [Test]
    public void Build_AnyOrder_SameRepositoriesSameReport()
    {
        var repositories = new[]
        {
            Repo("b", 0, ("p-high", Severity.High)),
            Repo("a", 2, ("p-high", Severity.High), ("p-low", Severity.Low)),
            Repo("c", 0, ("p-critical", Severity.Critical)),
        };

        var forward = FleetReport.Build(repositories);
        var backward = FleetReport.Build(repositories.Reverse());

        Assert.That(forward.Repositories.Select(r => r.Name), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(backward.Repositories.Select(r => r.Name), Is.EqualTo(forward.Repositories.Select(r => r.Name)));
        Assert.That(forward.MostCommon.Select(f => (f.ProbeId, f.Repositories)), Is.EqualTo(new[] { ("p-high", 2), ("p-critical", 1), ("p-low", 1) }));
        Assert.That(forward.Worst.Select(r => r.Name), Is.EqualTo(new[] { "c", "a", "b" }), "a critical failure first, then false claims");
    }

    [Test]
    public void Read_ReportNamingASecret_TheMergedReportsCarryItRedacted()
    {
        using var tree = new TempTree();
        var token = "ghp_" + "ReadyScanFakeTokenNotReal0123456789a";
        tree.Write("r.json", $$"""{"target": {"path": "https://x:{{token}}@git.example/org/api"}, "error": "clone failed for {{token}}"}""");

        var report = FleetReportReader.Read(tree.Root);
        var outputs = FleetWriters.ByFormat.Values.Select(write =>
        {
            using var text = new StringWriter();
            write(report, text);
            return text.ToString();
        }).ToList();

        Assert.That(outputs, Has.All.Not.Contains(token));
        Assert.That(outputs, Has.All.Contains("git.example/org/api"));
    }

    [Test]
    public void Read_FileThatIsNoReport_IsListedAsNotScanned()
    {
        using var tree = new TempTree();
        tree.Write("junk.json", "[1, 2");

        var repository = FleetReportReader.Read(tree.Root).Repositories.Single();

        Assert.That((repository.Name, repository.Error), Is.EqualTo(("junk.json", "not a readyscan JSON report")));
    }

    private static FleetRepository Repo(string name, int falseClaims, params (string Id, Severity Severity)[] failing) =>
        new(name) { FalseClaims = falseClaims, Failing = [.. failing.Select(f => new FleetFailure(f.Id, f.Id, f.Severity, 1))] };
}
