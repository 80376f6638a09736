using Scanner.Checklist.Controls;

namespace Scanner.Tests.Checklist.Controls;

public sealed class ControlCatalogLoadTests
{
    private const string Source = "custom/controls.yaml";

    [Test]
    public void Load_ValidCatalog_ReadsEveryField()
    {
        const string yaml = """
            - id: rate-limiting
              title: Rate limiting on the API
              area: security
              aliases: ["rate limit", "throttling"]
              keywords: ["rate", "throttle"]
              confirmedBy: [some-probe]
              refutedBy: [other-probe]
            - id: caching
              title: Hot data is cached
              area: performance
              broad: true
              keywords: ["cache", "redis"]
            """;

        var catalog = ControlCatalog.Load(yaml, Source);

        Assert.That(catalog.Controls, Has.Count.EqualTo(2));
        Assert.That(catalog.Controls[0], Is.EqualTo(catalog.Find("rate-limiting")));
        var rate = catalog.Controls[0];
        Assert.Multiple(() =>
        {
            Assert.That(rate.Title, Is.EqualTo("Rate limiting on the API"));
            Assert.That(rate.Area, Is.EqualTo(ControlArea.Security));
            Assert.That(rate.Aliases, Is.EqualTo(new[] { "rate limit", "throttling" }));
            Assert.That(rate.Keywords, Is.EqualTo(new[] { "rate", "throttle" }));
            Assert.That(rate.ConfirmedBy, Is.EqualTo(new[] { "some-probe" }));
            Assert.That(rate.RefutedBy, Is.EqualTo(new[] { "other-probe" }));
            Assert.That(rate.Broad, Is.False);
            Assert.That(catalog.Controls[1].Broad, Is.True);
            Assert.That(catalog.Controls[1].Aliases, Is.Empty);
        });
    }

    [Test]
    public void Load_SeveralProblems_ReportsAllAtOnceNamingTheFile()
    {
        const string yaml = """
            - id: Rate_Limiting
              title: Rate limiting
              area: security
              aliases: ["rate limit"]
            - id: csp
              area: secrity
              aliases: []
              keywords: []
              severity: high
            - id: csp
              title: CSP again
              area: security
              keywords: ["csp"]
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        var messages = error!.Errors.Select(e => e.ToString()).ToList();
        Assert.That(messages, Has.All.StartsWith(Source + ":"));
        Assert.That(messages, Has.Some.Contains("'Rate_Limiting': id must be kebab-case"));
        Assert.That(messages, Has.Some.Contains("'csp': title is missing"));
        Assert.That(messages, Has.Some.Contains("unknown area 'secrity'"));
        Assert.That(messages, Has.Some.Contains("needs at least one alias or keyword"));
        Assert.That(messages, Has.Some.Contains("unknown key 'severity'"));
        Assert.That(messages, Has.Some.Contains("duplicate control id 'csp' (first defined on line 5)"));
        Assert.That(error.Errors, Has.Count.EqualTo(6));
    }

    [Test]
    public void Load_SeveralProblems_MessageListsEveryError()
    {
        const string yaml = """
            - id: a
              title: A
              area: nowhere
              keywords: ["x"]
            - id: b
              area: docs
              keywords: ["y"]
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        Assert.That(error!.Message, Does.Contain("2 errors"));
        Assert.That(error.Message, Does.Contain(Source + ":3: control 'a': unknown area 'nowhere'"));
        Assert.That(error.Message, Does.Contain(Source + ":5: control 'b': title is missing"));
    }

    [Test]
    public void Load_SamePhraseInTwoControls_ReportsBoth()
    {
        const string yaml = """
            - id: security-headers
              title: Security headers
              area: security
              aliases: ["security headers"]
            - id: helmet
              title: Helmet
              area: security
              aliases: ["Security-Header"]
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        Assert.That(error!.Errors.Single().ToString(), Is.EqualTo(
            Source + ":5: control 'helmet': alias 'Security-Header' is the same phrase as 'security headers' in control 'security-headers'"));
    }

    [Test]
    public void Load_MultiWordKeywordAndBadProbeId_ReportsBoth()
    {
        const string yaml = """
            - id: csp
              title: CSP
              area: security
              keywords: ["content security"]
              confirmedBy: ["Not A Probe"]
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        var messages = error!.Errors.Select(e => e.Message).ToList();
        Assert.That(messages, Is.EquivalentTo(new[]
        {
            "control 'csp': keyword 'content security' must be a single word (use an alias for phrases)",
            "control 'csp': confirmedBy entry 'Not A Probe' is not a kebab-case probe id",
        }));
    }

    [Test]
    public void Load_NotAList_ReportsShape()
    {
        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load("controls: {}", Source));

        Assert.That(error!.Errors.Single().Message, Does.Contain("must be a list of controls"));
    }

    [Test]
    public void Load_BrokenYaml_ReportsLine()
    {
        const string yaml = """
            - id: csp
              title: "unterminated
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        var only = error!.Errors.Single();
        Assert.That(only.Source, Is.EqualTo(Source));
        Assert.That(only.Message, Does.StartWith("not valid YAML"));
        Assert.That(only.Line, Is.GreaterThan(0));
    }

    [Test]
    public void Load_Empty_ReportsEmpty()
    {
        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load("", Source));

        Assert.That(error!.Errors.Single().ToString(), Is.EqualTo(Source + ": the catalog is empty"));
    }

    [Test]
    public void Load_BroadNotBoolean_Reports()
    {
        const string yaml = """
            - id: caching
              title: Caching
              area: performance
              keywords: ["cache"]
              broad: yes
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        Assert.That(error!.Errors.Single().Message, Is.EqualTo("control 'caching': 'broad' must be true or false, not 'yes'"));
    }

    [Test]
    public void Load_MissingIdAndSameTitles_ReportsBoth()
    {
        const string yaml = """
            - title: Rate limiting
              area: security
              keywords: ["rate"]
            - id: throttling
              title: Rate-Limiting
              area: security
              keywords: ["throttle"]
            - id: rate-limiting
              title: rate limiting
              area: security
              keywords: ["limit"]
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        Assert.That(error!.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            Source + ":1: a control has no id",
            Source + ":4: control 'throttling': title reads the same as the title of control '(no id)'",
            Source + ":8: control 'rate-limiting': title reads the same as the title of control '(no id)'",
        }));
    }

    [Test]
    public void Load_DuplicateKey_IsReported()
    {
        const string yaml = """
            - id: csp
              title: CSP
              area: security
              keywords: ["csp"]
              title: Content Security Policy
            """;

        var error = Assert.Throws<ControlCatalogException>(() => ControlCatalog.Load(yaml, Source));

        Assert.That(error!.Errors.Single().ToString(), Does.StartWith(Source + ":5:"));
    }
}
