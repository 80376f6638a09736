using System.Text.Json;
using NJsonSchema;
using Scanner.Tests.Support;
using static Scanner.Tests.Cli.SampleAppChecklist;

namespace Scanner.Tests.Cli;

/// <summary>End to end on the Flask sample app: every checklist line gets the status its evidence supports.</summary>
public sealed class FlaskAppCliTests
{
    private const string App = "fixtures/apps/flask-app";

    private static readonly Lazy<List<JsonElement>> Report =
        new(() => Lines(Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never").Stdout));

    [TestCase("Debug mode disabled in production", "confirmed", "shop/config.py:5")]
    [TestCase("No hardcoded secrets in the codebase", "false-claim", "shop/config.py:6")]
    [TestCase("Rate limiting on the public endpoints", "false-claim", "shop/limits.py:12 rate limiter: present but not wired in")]
    [TestCase("CSRF protection on all forms", "confirmed", "shop/__init__.py:15")]
    [TestCase("CORS restricted to known origins", "confirmed", "no CORS middleware")]
    [TestCase("Security headers (Flask-Talisman)", "open", "no security headers")]
    [TestCase("Health check endpoint (/healthz)", "confirmed", "shop/health.py:8")]
    [TestCase("Logging configured with JSON output", "confirmed", "shop/logging_setup.py:6 structured (JSON) logging configured")]
    [TestCase("Sentry error tracking", "open", "no error tracker initialised")]
    [TestCase("App runs under gunicorn, not the Flask dev server", "confirmed", "Procfile:2 app served by gunicorn")]
    [TestCase("Database migrations with Alembic", "confirmed", "migrations/versions/0001_create_orders.py:1")]
    [TestCase("All print statements removed", "false-claim", "shop/orders.py:17 print()")]
    [TestCase("Unit tests with pytest", "unclaimed-met", "tests/test_health.py:4")]
    [TestCase("Dependencies pinned in requirements.txt", "confirmed", "requirements.txt:1")]
    [TestCase("Nightly database backups", "unverified", "")]
    public void Scan_FlaskApp_JudgesEachLineWithEvidence(string text, string status, string evidence)
    {
        var line = Line(Report.Value, text);

        Assert.That(Status(line), Is.EqualTo(status));
        Assert.That(Evidence(line), evidence.Length == 0 ? Is.Empty : Does.Contain(evidence));
    }

    [Test]
    public void Scan_FlaskApp_EveryVerdictHasEvidenceAndTheReportFitsTheSchema()
    {
        var result = Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never");
        var schema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "docs", "report.schema.json")).GetAwaiter().GetResult();

        Assert.That(Lines(result.Stdout), Has.Count.EqualTo(15));
        Assert.That(VerdictsWithoutEvidence(Lines(result.Stdout)), Is.Empty);
        Assert.That(schema.Validate(result.Stdout).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
    }

    [Test]
    public void Scan_FlaskAppConsole_FailsTheGateOnFalseClaims()
    {
        var result = Support.Cli.Run("scan", App);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stdout, Does.Contain("FALSE CLAIMS").And.Contain("PRODUCTION_CHECKLIST.md:8"));
    }
}
