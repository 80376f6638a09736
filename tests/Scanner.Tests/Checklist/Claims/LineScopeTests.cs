using Scanner.Checklist.Claims;
using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist.Claims;

public sealed class LineScopeTests
{
    [TestCase("Rate limiting enabled", null)]
    [TestCase("Multi-stage builds", null)]
    [TestCase("Rate limiting on all API routes", Quantifier.Universal)]
    [TestCase("No hardcoded secrets", Quantifier.Universal)]
    [TestCase("console.log statements removed", Quantifier.Universal)]
    [TestCase("Every form validated", Quantifier.Universal)]
    [TestCase(".env.example complete", Quantifier.Universal)]
    public void Of_Wording_GivesQuantifier(string text, Quantifier? expected) =>
        Assert.That(LineScope.Of(Item(text)).Quantifier, Is.EqualTo(expected));

    [TestCase("No `print()` debug statements in critical code", Ecosystem.Python)]
    [TestCase("All 6 `traceback.print_exc()` calls removed", Ecosystem.Python)]
    [TestCase("Flask-Limiter on login", Ecosystem.Python)]
    [TestCase("No console.log() statements left (check frontend)", Ecosystem.Node)]
    [TestCase("Helmet.js security headers", Ecosystem.Node)]
    [TestCase("Serilog request logging in ASP.NET Core", Ecosystem.DotNet)]
    public void Of_LineNamesAStack_ScopesToIt(string text, Ecosystem expected) =>
        Assert.That(LineScope.Of(Item(text)).Ecosystems, Is.EquivalentTo(new[] { expected }));

    [Test]
    public void Of_LineNamesNoStack_TakesTheNearestHeadingThatDoes()
    {
        var scope = LineScope.Of(Item("Structured logging", "Release", "Python API"));

        Assert.That(scope.Ecosystems, Is.EquivalentTo(new[] { Ecosystem.Python }));
    }

    [TestCase("Security headers enabled")]
    [TestCase("Plan C for backups")]
    public void Of_NoStackAnywhere_AdmitsEveryProbe(string text)
    {
        var scope = LineScope.Of(Item(text, "Security"));

        Assert.That(scope.Ecosystems, Is.Empty);
        Assert.That(scope.Admits(Ecosystem.Node) && scope.Admits(Ecosystem.Python) && scope.Admits(null), Is.True);
    }

    [Test]
    public void Of_CodeSpansNamingCalls_GiveTheCallNames()
    {
        var item = Item("All 6 traceback.print_exc() calls removed") with { CodeSpans = ["traceback.print_exc()", "DEBUG", "console.log()"] };

        Assert.That(LineScope.Of(item).Calls, Is.EqualTo(new[] { "print_exc", "log" }));
    }

    [TestCase("No print() debug statements in critical code", true)]
    [TestCase("Rate limiting on key endpoints", true)]
    [TestCase("No hardcoded secrets (connection strings come from Key Vault)", false)]
    [TestCase("ASP.NET Core health checks", false)]
    [TestCase("Branch protection on main", false)]
    public void Of_QualifierOfAPlace_IsAVagueSubset(string text, bool vague) =>
        Assert.That(LineScope.Of(Item(text)).VagueSubset, vague ? Is.Not.Null : Is.Null);

    [Test]
    public void Admits_StackNeutralProbe_AlwaysSpeaks() =>
        Assert.That(new LineScope(null, new HashSet<Ecosystem> { Ecosystem.Python }).Admits(null), Is.True);

    private static ChecklistItem Item(string text, params string[] section) =>
        new("CHECKLIST.md", 3, section, text, Claim.Done, ClaimStyle.Checkbox, 0, null, false);
}
