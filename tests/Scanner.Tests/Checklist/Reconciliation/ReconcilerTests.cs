using Scanner.Checklist.Claims;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Loading;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Claims;
using Scanner.Core.Engine;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Checklist.Reconciliation;

public sealed class ReconcilerTests
{
    private static readonly string App = Path.Combine(RepoPaths.Fixtures, "apps", "express-api");

    [Test]
    public void Reconcile_UnknownControlTag_SaysSoAndFallsBackToText()
    {
        var line = Reconcile("- [x] Containers run as non-root user <!-- readyscan: no-such-control -->").Single();

        Assert.That(line.Reason, Does.StartWith("tag 'no-such-control' names no known control"));
        Assert.That(line.Controls.Select(c => c.ControlId), Does.Contain("docker-non-root"));
        Assert.That(line.Status, Is.EqualTo(LineStatus.FalseClaim));
    }

    [Test]
    public void Reconcile_KnownTag_WinsOverText()
    {
        var line = Reconcile("- [ ] Something vague <!-- readyscan: csp -->").Single();

        Assert.That(line.Controls.Single().MatchedBy, Is.EqualTo("tag"));
        Assert.That(line.Status, Is.EqualTo(LineStatus.UnclaimedMet));
        Assert.That(line.Evidence.Single().Path, Is.EqualTo("src/app.js"));
    }

    [Test]
    public void Reconcile_LineNamingNoControl_IsNotMachineVerifiableAndCarriesNoEvidence()
    {
        var line = Reconcile("- [x] Celebrate the launch with the team").Single();

        Assert.That(line.MachineVerifiable, Is.False);
        Assert.That(line.Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(line.Status, Is.EqualTo(LineStatus.Unverified));
        Assert.That(line.Evidence, Is.Empty);
    }

    [Test]
    public void Reconcile_LineNamingAMetAndAnUnmetControl_IsUnmetWithTheFailingEvidence()
    {
        var line = Reconcile("- [x] Helmet security headers and no hardcoded secrets").Single();

        Assert.That(line.Controls, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(line.Verdict, Is.EqualTo(Verdict.Unmet));
        Assert.That(line.Evidence.Select(e => e.Path), Does.Contain("src/lib/payments.js"));
    }

    [Test]
    public void Reconcile_RefutedControlNamedByKeywordsOnly_AsksForReviewNotFalseClaim()
    {
        var line = Reconcile("- [x] Credentials kept out of the source").Single();

        Assert.That(line.Controls.Single().MatchedBy, Does.StartWith("keywords:"));
        Assert.That(line.Verdict, Is.EqualTo(Verdict.Unmet));
        Assert.That(line.Status, Is.EqualTo(LineStatus.NeedsReview));
        Assert.That(line.Reason, Does.Contain("by keywords only"));
    }

    [Test]
    public void Reconcile_UniversalLineLimitedToAVagueSubset_IsUnknownNotFalse()
    {
        var lines = Reconcile("- [x] No hardcoded secrets in critical code\n- [x] No hardcoded secrets in the codebase");

        Assert.That(lines[0].Verdict, Is.EqualTo(Verdict.Unknown));
        Assert.That(lines[0].Reason, Does.Contain("subset the evidence cannot locate"));
        Assert.That(lines[1].Status, Is.EqualTo(LineStatus.FalseClaim));
    }

    [Test]
    public void Reconcile_PerLineProbeFailsOnTheLine_RefutesThatLineOnly()
    {
        var root = Path.Combine(RepoPaths.Fixtures, "js-claimed-packages-declared", "fail-named-but-not-declared");
        var workspace = Workspace.Open(root, new WorkspaceOptions { ReadGit = false }, Scans.Silent);
        var files = ChecklistLoader.Load(workspace, []);
        ClaimedPackages.Attach(workspace, PackageClaims.From(files));
        var scan = new ScanEngine(Scans.DefaultCatalog, Scans.Silent).Run(workspace, new ScanOptions());

        var lines = new Reconciler(ControlCatalog.LoadDefault()).Reconcile(files, scan).Lines;

        var limiter = lines.Single(l => l.Item.Text.Contains("express-rate-limit", StringComparison.Ordinal));
        Assert.That(limiter.Status, Is.EqualTo(LineStatus.FalseClaim));
        Assert.That(limiter.Controls.Select(c => c.ControlId), Does.Contain("claimed-packages-declared"));
        Assert.That(limiter.Evidence.Where(e => e.ProbeId == "js-claimed-packages-declared").Select(e => (e.Path, e.Line)), Is.EqualTo(new[] { ("SECURITY_CHECKLIST.md", 4) }));
        var helmet = lines.Single(l => l.Item.Text.StartsWith("Helmet", StringComparison.Ordinal));
        Assert.That(helmet.Evidence.Select(e => e.ProbeId), Does.Not.Contain("js-claimed-packages-declared"));
    }

    private static IReadOnlyList<ReconciledLine> Reconcile(string markdown)
    {
        var scan = Scans.Run(App);
        var file = new ChecklistFile("LIST.md", "test", ChecklistParser.Parse("LIST.md", "# List\n" + markdown + "\n"));
        return new Reconciler(ControlCatalog.LoadDefault()).Reconcile([file], scan).Lines;
    }
}
