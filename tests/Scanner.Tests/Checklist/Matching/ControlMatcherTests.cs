using Scanner.Checklist.Controls;
using Scanner.Checklist.Matching;

namespace Scanner.Tests.Checklist.Matching;

public sealed class ControlMatcherTests
{
    private const string Catalog = """
        - id: security-headers
          title: HTTP security headers are set
          area: security
          aliases: ["security headers", "helmet"]
          keywords: ["header", "helmet"]
        - id: csp
          title: Content Security Policy
          area: security
          aliases: ["csp", "content security policy"]
        - id: timeouts
          title: Outbound calls have timeouts
          area: reliability
          aliases: ["timeout"]
        - id: session-management
          title: Sessions expire
          area: security
          aliases: ["session timeout"]
        - id: rate-limiting
          title: Rate limiting on the API
          area: security
          aliases: ["rate limit"]
          keywords: ["rate", "throttle", "abuse"]
        - id: containerized
          title: Ships as a container
          area: operations
          broad: true
          aliases: ["dockerfile"]
        - id: docker-healthcheck
          title: Containers declare a HEALTHCHECK
          area: reliability
          aliases: ["healthcheck"]
        """;

    private static readonly ControlMatcher Matcher = new(ControlCatalog.Load(Catalog, "test.yaml"));

    [Test]
    public void Match_Tag_WinsAlone()
    {
        var matches = Matcher.Match("Helmet.js security headers + CSP", "rate-limiting");

        Assert.That(matches, Is.EqualTo(new[] { new ControlMatch("rate-limiting", "tag", 1.0) }));
    }

    [Test]
    public void Match_UnknownTag_FallsBackToText()
    {
        var matches = Matcher.Match("Content Security Policy", " no-such-control ");

        Assert.That(matches, Is.EqualTo(new[] { new ControlMatch("csp", "title", 0.95) }));
    }

    [Test]
    public void Match_ExactTitle_MatchesByTitle()
    {
        var matches = Matcher.Match("**Rate limiting on the API**", null);

        Assert.That(matches, Is.EqualTo(new[] { new ControlMatch("rate-limiting", "title", 0.95) }));
    }

    [Test]
    public void Match_LineNamingTwoThings_MatchesBothLongerPhraseFirst()
    {
        var matches = Matcher.Match("Helmet.js security headers + CSP", null);

        Assert.That(matches, Is.EqualTo(new[]
        {
            new ControlMatch("security-headers", "alias:security headers", 0.7),
            new ControlMatch("csp", "alias:csp", 0.65),
        }));
    }

    [Test]
    public void Match_ShorterPhraseInsideLongerOne_GivesWay()
    {
        var matches = Matcher.Match("Reduce session timeout to 24 hours", null);

        Assert.That(matches, Is.EqualTo(new[] { new ControlMatch("session-management", "alias:session timeout", 0.7) }));
    }

    [Test]
    public void Match_BroadControlBesideSpecificOne_GivesWay()
    {
        var matches = Matcher.Match("Add a HEALTHCHECK to the Dockerfile", null);

        Assert.That(matches.Select(m => m.ControlId), Is.EqualTo(new[] { "docker-healthcheck" }));
    }

    [Test]
    public void Match_BroadControlAlone_Matches()
    {
        var matches = Matcher.Match("Dockerfiles for server and client", null);

        Assert.That(matches.Select(m => m.ControlId), Is.EqualTo(new[] { "containerized" }));
    }

    [Test]
    public void Match_TwoKeywords_MatchesBelowAliasScore()
    {
        var matches = Matcher.Match("Throttle clients that abuse the API", null);

        Assert.That(matches, Is.EqualTo(new[] { new ControlMatch("rate-limiting", "keywords:throttle+abuse", 0.5) }));
    }

    [Test]
    public void Match_OneKeyword_MatchesNothing()
    {
        Assert.That(Matcher.Match("Throttle the marketing budget", null), Is.Empty);
    }

    [Test]
    public void Match_SameKeywordTwice_CountsOnce()
    {
        Assert.That(Matcher.Match("rate rates rating", null), Is.Empty);
    }

    [Test]
    public void Match_EmptyOrSymbolsOnly_MatchesNothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Matcher.Match("", null), Is.Empty);
            Assert.That(Matcher.Match("🎉 ✅ --", null), Is.Empty);
        });
    }

    [Test]
    public void Match_AliasWordInsideAnotherWord_DoesNotMatch()
    {
        Assert.That(Matcher.Match("Use cspell for spelling", null), Is.Empty);
    }
}
