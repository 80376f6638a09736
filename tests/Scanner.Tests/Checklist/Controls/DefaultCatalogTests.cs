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
        var named = Catalog.Controls.SelectMany(c => c.ConfirmedBy.Concat(c.RefutedBy)).Distinct();

        Assert.That(named, Is.SubsetOf(KnownProbes));
    }

    [Test]
    public void LoadDefault_EveryExistingProbe_JudgesSomeControl()
    {
        var named = Catalog.Controls.SelectMany(c => c.ConfirmedBy.Concat(c.RefutedBy)).Distinct();

        Assert.That(named, Is.EquivalentTo(KnownProbes));
    }

    [TestCase("no-hardcoded-secrets", "secrets-none-hardcoded", "secrets-none-hardcoded,dockerfile-no-secrets-in-env,compose-no-literal-passwords,k8s-no-secrets-in-configmap,image-no-secret-env,git-secret-files-untracked")]
    [TestCase("env-gitignored", "git-env-ignored", "git-env-ignored,git-secret-files-untracked")]
    [TestCase("env-not-committed", "git-secret-files-untracked", "git-secret-files-untracked")]
    [TestCase("csp", "js-helmet-csp-enabled", "js-helmet-csp-enabled")]
    [TestCase("security-headers", "js-helmet-csp-enabled,nginx-security-headers", null)]
    [TestCase("env-example-complete", "env-example-lists-used-keys", "env-example-lists-used-keys")]
    [TestCase("docker-non-root", "dockerfile-non-root-user,k8s-run-as-non-root,image-non-root-user", "dockerfile-non-root-user,compose-non-root-user,image-non-root-user")]
    [TestCase("no-console-log", "js-no-console-log", "js-no-console-log")]
    [TestCase("debug-output-removed", null, "js-no-console-log")]
    public void Find_ControlWithProbe_ListsIt(string controlId, string? confirmedBy, string? refutedBy)
    {
        var control = Catalog.Find(controlId);

        Assert.That(control, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(control!.ConfirmedBy, Is.EqualTo(confirmedBy?.Split(',') ?? []));
            Assert.That(control.RefutedBy, Is.EqualTo(refutedBy?.Split(',') ?? []));
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
