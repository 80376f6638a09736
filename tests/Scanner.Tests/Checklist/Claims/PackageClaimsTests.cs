using Scanner.Checklist.Claims;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;
using Scanner.Core.Claims;

namespace Scanner.Tests.Checklist.Claims;

public sealed class PackageClaimsTests
{
    [Test]
    public void In_InstallCommandInCodeSpan_ClaimsEachPackageWithoutVersionOrFlags()
    {
        var names = Claimed("- [x] E2E set up: `npm i -D vitest@2 @playwright/test@1.48`");

        Assert.That(names, Is.EqualTo(new[] { "vitest", "@playwright/test" }));
    }

    [Test]
    public void In_KnownNameInProse_AcceptsItsSubstitutes()
    {
        var claim = Claims("- [x] Passwords hashed with bcrypt").Single();

        Assert.That(claim.Name, Is.EqualTo("bcrypt"));
        Assert.That(claim.Accepts, Does.Contain("bcryptjs"));
        Assert.That((claim.Path, claim.Line), Is.EqualTo(("LIST.md", 2)));
    }

    [Test]
    public void In_SentryInProse_AcceptsTheWholeScope()
    {
        Assert.That(Claims("- [x] Sentry error tracking").Single().Accepts, Is.EqualTo(new[] { "@sentry/*" }));
    }

    [TestCase("- [x] Replaced winston with pino")]
    [TestCase("- [x] No `lodash` package in the bundle")]
    [TestCase("- [x] Logging without morgan")]
    public void In_NameInANegatedClause_ClaimsNothing(string line)
    {
        Assert.That(Claimed(line), Is.Empty);
    }

    [Test]
    public void In_NegationInAnotherClause_StillClaims()
    {
        Assert.That(Claimed("- [x] Passwords hashed with bcrypt, never stored in plain text"), Is.EqualTo(new[] { "bcrypt" }));
    }

    [TestCase("- [x] All `console.log` calls removed from the package")]
    [TestCase("- [x] `NODE_ENV=production` in the package scripts")]
    [TestCase("- [x] TS `strict` flag on")]
    [TestCase("- [x] Hashing uses the built-in `crypto` module")]
    [TestCase("- [x] Health route at `/healthz`")]
    public void In_CodeSpanThatIsNotAPackage_ClaimsNothing(string line)
    {
        Assert.That(Claimed(line), Is.Empty);
    }

    [Test]
    public void In_UnknownNameInCodeSpanOnAPackageLine_Claims()
    {
        Assert.That(Claimed("- [x] Dates formatted with the `date-fns` library"), Is.EqualTo(new[] { "date-fns" }));
    }

    [Test]
    public void In_UnknownNameInCodeSpanWithoutPackageWords_ClaimsNothing()
    {
        Assert.That(Claimed("- [x] `cors` configured for our domains"), Is.Empty);
    }

    [Test]
    public void In_ScopedNameOrCallInCodeSpan_Claims()
    {
        Assert.That(Claimed("- [x] `helmet()` and `@fastify/rate-limit` registered"), Is.EqualTo(new[] { "helmet", "@fastify/rate-limit" }));
    }

    [Test]
    public void From_UntickedLine_ClaimsNothing()
    {
        Assert.That(Claimed("- [ ] Rate limiting with `express-rate-limit`"), Is.Empty);
    }

    [Test]
    public void In_NameInCodeAndProse_ClaimsItOnce()
    {
        Assert.That(Claimed("- [x] Security headers: helmet (`helmet`)"), Is.EqualTo(new[] { "helmet" }));
    }

    [TestCase("000", new[] { "TypeScript", "Prisma", "Zod", "NextAuth", "Sentry", "Pino", "ESLint" })]
    [TestCase("001", new string[0])]
    [TestCase("002", new[] { "Helmet", "bcrypt", "Morgan" })]
    [TestCase("003", new string[0])]
    [TestCase("004", new string[0])]
    public void From_Seed_ClaimsTheNamedPackagesOfTickedLines(string seed, string[] expected)
    {
        var document = SharedFiles.ParseSeed(seed);

        var names = PackageClaims.From([new ChecklistFile(document.File, "seed", document)]).Select(c => c.Name);

        Assert.That(names, Is.EqualTo(expected));
    }

    private static List<string> Claimed(string markdown) => [.. Claims(markdown).Select(c => c.Name)];

    private static IReadOnlyList<ClaimedPackage> Claims(string markdown) =>
        PackageClaims.From([new ChecklistFile("LIST.md", "test", ChecklistParser.Parse("LIST.md", "# List\n" + markdown + "\n"))]);
}
