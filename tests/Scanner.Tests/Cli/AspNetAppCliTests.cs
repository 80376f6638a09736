using System.Text.Json;
using NJsonSchema;
using Scanner.Tests.Support;
using static Scanner.Tests.Cli.SampleAppChecklist;

namespace Scanner.Tests.Cli;

/// <summary>End to end on the ASP.NET Core sample app, read through Roslyn and never built.</summary>
public sealed class AspNetAppCliTests
{
    private const string App = "fixtures/apps/aspnet-app";

    private static readonly Lazy<List<JsonElement>> Report =
        new(() => Lines(Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never").Stdout));

    [TestCase("No hardcoded secrets", "false-claim", "appsettings.json:3 connection string \"Orders\" with a password")]
    [TestCase("HTTPS enforced with HSTS", "false-claim", "no UseHsts()")]
    [TestCase("CORS restricted to the web front-end", "false-claim", "Program.cs:25 CORS policy allows every origin")]
    [TestCase("Rate limiting on all endpoints", "confirmed", "Program.cs:33 rate limiting: UseRateLimiter()")]
    [TestCase("Debug mode off in production", "false-claim", "Program.cs:29 UseDeveloperExceptionPage() outside an IsDevelopment() check")]
    [TestCase("Allowed hosts restricted", "open", "appsettings.json:9")]
    [TestCase("Authentication and authorization middleware", "false-claim", "Program.cs:35 UseAuthentication() runs after UseAuthorization()")]
    [TestCase("Health check endpoint", "confirmed", "Program.cs:37 health checks: MapHealthChecks()")]
    [TestCase("Structured logging with Serilog", "confirmed", "Program.cs:9")]
    [TestCase("Custom middleware registered", "false-claim", "Middleware/SecurityHeadersMiddleware.cs:4 SecurityHeadersMiddleware is a middleware class that is never registered")]
    [TestCase("EF Core migrations", "confirmed", "Data/Migrations/20250101120000_CreateOrders.cs:8")]
    [TestCase("No Console.WriteLine left in the code", "open", "Services/PaymentService.cs:9")]
    [TestCase("Blue/green deployment", "unverified", "")]
    public void Scan_AspNetApp_JudgesEachLineWithEvidence(string text, string status, string evidence)
    {
        var line = Line(Report.Value, text);

        Assert.That(Status(line), Is.EqualTo(status));
        Assert.That(Evidence(line), evidence.Length == 0 ? Is.Empty : Does.Contain(evidence));
    }

    [Test]
    public void Scan_AspNetApp_EveryVerdictHasEvidenceAndTheReportFitsTheSchema()
    {
        var result = Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never");
        var schema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "docs", "report.schema.json")).GetAwaiter().GetResult();

        Assert.That(Lines(result.Stdout), Has.Count.EqualTo(13));
        Assert.That(VerdictsWithoutEvidence(Lines(result.Stdout)), Is.Empty);
        Assert.That(schema.Validate(result.Stdout).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
    }

    [Test]
    public void Scan_AspNetApp_NeverLeaksTheConnectionStringPassword()
    {
        var result = Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never");

        Assert.That(result.Stdout + result.Stderr, Does.Not.Contain("ReadyScan-NotReal-5150"));
    }

    [Test]
    public void SampleApp_IsNotPartOfTheSolution()
    {
        var solution = File.ReadAllText(Path.Combine(RepoPaths.Root, "Scanner.sln"));

        Assert.That(solution, Does.Not.Contain("OrdersApi").And.Not.Contain("fixtures"));
    }
}
