using Scanner.Checklist.Claims.Artifacts;
using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist.Claims.Artifacts;

public sealed class ArtifactExtractorTests
{
    [TestCase("Pinned in requirements.txt", "requests==2.31.0", "requests", "2.31.0")]
    [TestCase("Validation library pinned", "zod@3.22.4", "zod", "3.22.4")]
    [TestCase("Scoped package pinned", "@sentry/node@8.1.0", "@sentry/node", "8.1.0")]
    public void From_PinnedPackageSpan_GivesPinWithVersion(string text, string span, string name, string version)
    {
        var pin = ArtifactExtractor.From(Item(text, span)).Single(a => a.Kind == ArtifactKind.PackagePin);

        Assert.That((pin.Name, pin.Version), Is.EqualTo((name, version)));
    }

    [TestCase("import traceback")]
    [TestCase("from flask_wtf.csrf import CSRFProtect")]
    [TestCase("const helmet = require('helmet')")]
    [TestCase("revalidatePath()")]
    [TestCase("window.location.reload()")]
    public void From_StatementOrCallSpan_GivesCode(string span) =>
        Assert.That(ArtifactExtractor.From(Item("Used in the app", span)).Select(a => a.Kind), Is.EqualTo(new[] { ArtifactKind.Code }));

    [TestCase("helmet")]
    [TestCase("5 attempts per 15 minutes")]
    [TestCase("https://example.invalid/a()")]
    public void From_SpanThatIsNotCode_GivesNoCode(string span) =>
        Assert.That(ArtifactExtractor.From(Item("Configured", span)).Where(a => a.Kind == ArtifactKind.Code), Is.Empty);

    [Test]
    public void From_StatementWithFileInProse_PlacesItInThatFile()
    {
        var code = ArtifactExtractor.From(Item("No import pdb left in service.py", "import pdb")).Single();

        Assert.That((code.Kind, code.InFile, code.ClaimsAbsent), Is.EqualTo((ArtifactKind.Code, "service.py", true)));
    }

    [TestCase("Created .env.production with production URLs", ".env.production")]
    [TestCase("Robots.txt configured", "Robots.txt")]
    [TestCase("Makefile for common tasks", "Makefile")]
    [TestCase("CSRF utilities implemented (lib/security/csrf.ts)", "lib/security/csrf.ts")]
    public void From_FileInProse_GivesFile(string text, string file) =>
        Assert.That(ArtifactExtractor.From(Item(text)).Where(a => a.Kind == ArtifactKind.File).Select(a => a.Name), Is.EqualTo(new[] { file }));

    [TestCase("NextAuth.js properly configured")]
    [TestCase("Upgraded to Node.js 20")]
    [TestCase("Charts drawn with Chart.js")]
    [TestCase("Version 5.11.0 deployed")]
    public void From_TechnologyOrVersion_GivesNoFile(string text) =>
        Assert.That(ArtifactExtractor.From(Item(text)).Where(a => a.Kind == ArtifactKind.File), Is.Empty);

    [TestCase("Caching helper (e.g. cache.ts) reviewed")]
    [TestCase("Config files such as settings.json reviewed")]
    public void From_NameInExampleClause_IsLeftOut(string text) =>
        Assert.That(ArtifactExtractor.From(Item(text)), Is.Empty);

    [TestCase("STRIPE_SECRET_KEY loaded from environment", "STRIPE_SECRET_KEY")]
    [TestCase("Redirects use FRONTEND_URL", "FRONTEND_URL")]
    public void From_UpperSnakeName_GivesVariable(string text, string name) =>
        Assert.That(ArtifactExtractor.From(Item(text)).Single(a => a.Kind == ArtifactKind.EnvVar).Name, Is.EqualTo(name));

    [TestCase("All import traceback statements removed", true)]
    [TestCase("Never import pickle", true)]
    [TestCase("import stripe added at top of app.py", false)]
    public void From_Wording_SetsClaimsAbsent(string text, bool absent) =>
        Assert.That(ArtifactExtractor.From(Item(text, text.Contains("pickle", StringComparison.Ordinal) ? "import pickle" : text.Contains("stripe", StringComparison.Ordinal) ? "import stripe" : "import traceback"))[0].ClaimsAbsent, Is.EqualTo(absent));

    [TestCase("Docker image runs as a non-root user", false)]
    [TestCase("No Docker needed for local runs", true)]
    public void From_NonPrefixedWord_DoesNotClaimAbsence(string text, bool absent) =>
        Assert.That(ArtifactExtractor.From(Item(text)).Single(a => a.Kind == ArtifactKind.Technology).ClaimsAbsent, Is.EqualTo(absent));

    private static ChecklistItem Item(string text, params string[] spans) =>
        new("CHECKLIST.md", 3, [], text, Claim.Done, ClaimStyle.Checkbox, 0, null, false) { CodeSpans = spans };
}
