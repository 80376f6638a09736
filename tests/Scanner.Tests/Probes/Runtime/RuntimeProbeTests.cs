using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.Runtime;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.Runtime;

/// <summary>The runtime probes proven both ways on fake inspections, with no engine needed.</summary>
public sealed class RuntimeProbeTests
{
    private const string FakeSecret = "ReadyScan-Fake-NotReal-env-31";

    private static readonly ImageFacts Good = new("shop:good", "sha256:01", "1000", ["CMD-SHELL", "wget -qO- http://127.0.0.1:8080/ || exit 1"], ["8080/tcp"], [new("PORT", "8080"), new("PATH", "/bin")], 1_200_000, 2);

    private static readonly ImageFacts Bad = Good with
    {
        Reference = "shop:bad",
        User = "",
        Healthcheck = [],
        Environment = [new("PORT", "8080"), new("DB_PASSWORD", FakeSecret), new("STRIPE_KEY", "sk_live_ReadyScanFixtureOnly1234567890")],
    };

    [TestCase("image-non-root-user", "runs as '1000'", "runs as root")]
    [TestCase("image-healthcheck", "declares a HEALTHCHECK", "declares no HEALTHCHECK")]
    [TestCase("image-no-secret-env", "none of the image's 2 environment variable(s)", "DB_PASSWORD=…(29 chars)")]
    public void Run_GoodAndBadImage_PassAndFail(string probe, string passMessage, string failMessage)
    {
        var good = Run(probe, new ImageInspection("shop:good", Good, null));
        var bad = Run(probe, new ImageInspection("shop:bad", Bad, null));

        Assert.That(good.Outcome, Is.EqualTo(Outcome.Pass));
        Assert.That(good.Findings.Single().Message, Does.Contain(passMessage));
        Assert.That(good.Findings.Single().Location!.Path, Is.EqualTo("image:shop:good"));
        Assert.That(bad.Outcome, Is.EqualTo(Outcome.Fail));
        Assert.That(bad.Findings.Select(f => f.Message), Has.Some.Contains(failMessage));
    }

    [Test]
    public void Run_SecretEnv_NeverCarriesTheValue()
    {
        var bad = Run("image-no-secret-env", new ImageInspection("shop:bad", Bad, null));

        Assert.That(bad.Findings, Has.Count.EqualTo(2));
        Assert.That(string.Join("\n", bad.Findings.Select(f => f.Message + f.Evidence)), Does.Not.Contain("ReadyScan-Fake").And.Not.Contain("ReadyScanFixtureOnly"));
    }

    [TestCase("USER 0:0", true)]
    [TestCase("root", true)]
    [TestCase("nobody", false)]
    [TestCase("65532:65532", false)]
    public void Run_ConfiguredUser_IsJudged(string user, bool root)
    {
        var result = Run("image-non-root-user", new ImageInspection("x", Good with { User = user.Replace("USER ", "", StringComparison.Ordinal) }, null));

        Assert.That(result.Outcome, Is.EqualTo(root ? Outcome.Fail : Outcome.Pass));
    }

    [Test]
    public void Run_EngineUnreachable_IsNotApplicableWithTheReason()
    {
        var result = Run("image-healthcheck", ImageInspection.Skipped("shop:bad", "no Docker engine at unix:///nowhere (AddressNotAvailable)"));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotApplicable));
        Assert.That(result.Findings.Single().Message, Is.EqualTo("runtime checks skipped: no Docker engine at unix:///nowhere (AddressNotAvailable)"));
    }

    [Test]
    public void Run_NoImageAsked_IsNotApplicable()
    {
        using var tree = new TempTree();
        var result = Scans.Probe(Scans.Run(tree.Root, "image-non-root-user"), "image-non-root-user");

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotApplicable));
        Assert.That(result.Summary, Does.Contain("--image"));
    }

    private static ProbeResult Run(string probe, ImageInspection inspection)
    {
        using var tree = new TempTree();
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent);
        RuntimeImages.Attach(workspace, inspection);
        return new ScanEngine(Scans.DefaultCatalog, Scans.Silent).RunProbe(Scans.DefaultCatalog.Find(probe)!, workspace, CancellationToken.None);
    }
}
