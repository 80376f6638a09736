using System.Text.RegularExpressions;
using Scanner.Core.Secrets;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Secrets;

public sealed class RedactorTests
{
    [Test]
    public void Redact_ProviderToken_ShowsFormatPrefixAndLength()
    {
        Assert.That(Redactor.Redact("AKIAREADYSCANFAKEKEY", 4), Is.EqualTo("AKIA…(20 chars)"));
    }

    [Test]
    public void Redact_ShortValue_ShowsNothingOfIt()
    {
        Assert.That(Redactor.Redact("hunter22x", 4), Is.EqualTo("…(9 chars)"));
    }

    [TestCase("key = 'AKIAREADYSCANFAKEKEY'", "AKIAREADYSCANFAKEKEY")]
    [TestCase("password: \"Tr0ub4dor-fixture-9\"", "Tr0ub4dor-fixture-9")]
    [TestCase("JWT_SECRET=rs-fixture-9f8e7d6c5b4a3210", "rs-fixture-9f8e7d6c5b4a3210")]
    [TestCase("url = 'postgres://app:Fixture-Pa55word@db:5432/x'", "Fixture-Pa55word")]
    public void Scrub_LineWithSecret_RemovesTheValue(string line, string secret)
    {
        var scrubbed = Redactor.Scrub(line, Language.Env);

        Assert.That(scrubbed, Does.Not.Contain(secret));
        Assert.That(scrubbed, Does.Contain("chars)"));
    }

    /// <summary>
    /// An evidence line with a curl Authorization header: the detector redacts the value (a JWT keeping its eyJ
    /// prefix), and the credential mask that follows must leave that shape alone, not mask "eyJ…(168" again into
    /// "…(8 chars) chars)". Every value ends as exactly one shape of its own length.
    /// </summary>
    [TestCase(Language.Shell, "{0}")]
    [TestCase(Language.Yaml, "  - run: {0}")]
    [TestCase(Language.Dockerfile, "RUN {0}")]
    [TestCase(Language.Markdown, "Call it with `{0}`.")]
    [TestCase(Language.Other, "{0}")]
    public void ScrubEvidence_CurlAuthorizationHeader_OneShapeOfTheValuesLength(Language language, string format)
    {
        foreach (var command in CurlHeaders.Commands)
        {
            var value = CurlHeaders.Values.Single(v => command.Contains(v, StringComparison.Ordinal));

            var shown = Redactor.ScrubEvidence(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, command), language);

            Assert.That(shown, Does.Not.Contain(value[12..]), command);
            Assert.That(Regex.Matches(shown, @"…\((\d+) chars\)").Select(m => m.Groups[1].Value), Is.EqualTo(new[] { value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) }), shown);
            Assert.That(shown, Does.Not.Contain("chars) chars)"), shown);
        }
    }
}
