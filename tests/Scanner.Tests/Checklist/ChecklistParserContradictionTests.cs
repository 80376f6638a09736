using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserContradictionTests
{
    [TestCase("- [x] Database backup strategy (needs implementation)", "needs implementation")]
    [TestCase("- [x] Alerting (TODO)", "TODO")]
    [TestCase("- [x] Alerting - TODO", "TODO")]
    [TestCase("- [x] TODO: wire alerts to PagerDuty", "TODO")]
    [TestCase("- [x] [WIP] Redis caching", "WIP")]
    [TestCase("- [x] Cache headers: pending", "pending")]
    [TestCase("- [x] Backups not yet configured", "not yet")]
    [TestCase("- [x] Rate limiting not implemented", "not implemented")]
    [TestCase("- [x] Sentry installed, but not configured", "not configured")]
    [TestCase("- [x] Logging (partially)", "partially")]
    [TestCase("- [x] Metrics \u2014 work in progress", "work in progress")]
    [TestCase("- [x] Log rotation (to be done)", "to be done")]
    [TestCase("- [x] Health checks (missing DB check)", "missing")]
    [TestCase("- [x] Audit log (Needs Implementation)", "Needs Implementation")]
    [TestCase("\u2705 Backups (not yet tested)", "not yet")]
    public void Parse_DoneLineSayingNotDone_IsSelfContradiction(string line, string phrase)
    {
        var contradiction = Parse(line).Contradictions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(contradiction.Line, Is.EqualTo(1));
            Assert.That(contradiction.Phrase, Is.EqualTo(phrase));
            Assert.That(contradiction.Claimed, Is.EqualTo(Claim.Done));
        });
    }

    [TestCase("- [x] Remove TODO comments")]
    [TestCase("- [x] Remove all TODOs and FIXMEs")]
    [TestCase("- [x] Detect missing environment variables at startup")]
    [TestCase("- [x] Handle pending promise rejections")]
    [TestCase("- [x] Return 501 when not implemented")]
    [TestCase("- [x] Block users not yet verified")]
    [TestCase("- [x] Lint rule against `TODO` markers")]
    [TestCase("- [x] Show a \"coming soon\" page for unreleased features")]
    [TestCase("- [x] Pending migrations run on deploy")]
    [TestCase("- [x] Env validation: missing keys fail startup")]
    [TestCase("- [x] Track work in progress limits")]
    [TestCase("- [x] Input validation (Zod)")]
    [TestCase("- [ ] Backups (needs implementation)")]
    public void Parse_LineAboutStatusWords_IsNoContradiction(string line)
    {
        Assert.That(Parse(line).Contradictions, Is.Empty);
    }

    [Test]
    public void Parse_OpenBoxSayingAlreadyImplemented_IsSelfContradiction()
    {
        var contradiction = Parse("- [ ] `/health` - Basic health check (already implemented)").Contradictions.Single();
        Assert.That(contradiction, Is.EqualTo(new SelfContradiction("CHECKLIST.md", 1, "/health - Basic health check (already implemented)", "already implemented") { Claimed = Claim.NotDone }));
    }

    private static ChecklistDocument Parse(string text) => ChecklistParser.Parse("CHECKLIST.md", text);
}
