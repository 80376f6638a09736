using Scanner.Checklist.Controls;
using Scanner.Tests.Support;

namespace Scanner.Tests.Checklist.Controls;

public sealed class DefaultCatalogTests
{
    private static readonly string[] KnownProbes = [.. Scans.DefaultCatalog.Cards.Select(c => c.Id)];

    private static readonly ControlCatalog Catalog = ControlCatalog.LoadDefault();

    [Test]
    public void LoadDefault_EmbeddedCatalog_HasAtLeastSixtyControls()
    {
        Assert.That(Catalog.Controls, Has.Count.GreaterThanOrEqualTo(60));
    }

    [Test]
    public void LoadDefault_EmbeddedCatalog_IdsAreUnique()
    {
        var ids = Catalog.Controls.Select(c => c.Id).ToList();

        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void LoadDefault_EveryControl_HasAliasesOrKeywords()
    {
        var mute = Catalog.Controls.Where(c => c.Aliases.Count + c.Keywords.Count == 0).Select(c => c.Id);

        Assert.That(mute, Is.Empty);
    }

    [Test]
    public void LoadDefault_ProbeLists_NameOnlyExistingProbes()
    {
        var named = Catalog.Controls.SelectMany(c => c.ConfirmedBy.Concat(c.RefutedBy).Concat(c.OuterLayer).Concat(c.Sufficient ?? [])).Distinct();

        Assert.That(named, Is.SubsetOf(KnownProbes));
    }

    [Test]
    public void LoadDefault_EveryExistingProbe_JudgesSomeControl()
    {
        var named = Catalog.Controls.SelectMany(c => c.ConfirmedBy.Concat(c.RefutedBy)).Distinct();

        Assert.That(named, Is.EquivalentTo(KnownProbes));
    }

    [TestCase("no-hardcoded-secrets", "secrets-none-hardcoded", true, true)]
    [TestCase("csp", "js-helmet-csp-enabled", true, true)]
    [TestCase("security-headers", "js-helmet-csp-enabled", true, false)]
    [TestCase("env-example-complete", "env-example-lists-used-keys", true, true)]
    [TestCase("docker-non-root", "dockerfile-non-root-user", true, true)]
    [TestCase("no-console-log", "js-no-console-log", true, true)]
    [TestCase("debug-output-removed", "js-no-console-log", true, true)]
    [TestCase("debug-output-removed", "py-no-print", true, true)]
    [TestCase("debug-mode-off", "py-debug-off", true, true)]
    [TestCase("debug-mode-off", "py-sqlalchemy-no-echo", false, true)]
    [TestCase("rate-limiting", "py-rate-limiting", true, true)]
    [TestCase("password-hashing", "py-password-hashing", true, true)]
    [TestCase("input-validation", "py-input-validation", true, true)]
    [TestCase("no-hardcoded-secrets", "py-secret-key-from-environment", false, true)]
    [TestCase("no-hardcoded-secrets", "git-secret-files-untracked", false, true)]
    [TestCase("no-hardcoded-secrets", "dockerfile-no-secrets-in-env", false, true)]
    [TestCase("env-not-committed", "git-secret-files-untracked", true, true)]
    [TestCase("env-gitignored", "git-env-ignored", true, true)]
    [TestCase("security-headers", "nginx-security-headers", true, false)]
    [TestCase("docker-non-root", "image-non-root-user", true, true)]
    [TestCase("rate-limiting", "nginx-rate-limiting", true, false)]
    public void Find_ControlWithProbe_ListsIt(string controlId, string probeId, bool confirms, bool refutes)
    {
        var control = Catalog.Find(controlId);

        Assert.That(control, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(control!.ConfirmedBy.Contains(probeId), Is.EqualTo(confirms), "confirmedBy");
            Assert.That(control.RefutedBy.Contains(probeId), Is.EqualTo(refutes), "refutedBy");
        });
    }

    [Test]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.That(Catalog.Find("no-such-control"), Is.Null);
    }

    [Test]
    public void LoadDefault_Areas_CoverEveryArea()
    {
        var areas = Catalog.Controls.Select(c => c.Area).Distinct();

        Assert.That(areas, Is.EquivalentTo(Enum.GetValues<ControlArea>()));
    }
}
