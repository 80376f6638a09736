using System.Text.Json;

namespace Scanner.Tests.Cli;

/// <summary>
/// End to end on the Next.js sample app: every line of its checklist gets the right status, and every judged line
/// carries file:line evidence, including the limiter registered after the routes and the env schema nobody imports.
/// </summary>
public sealed class NextAppChecklistTests
{
    private const string App = "fixtures/apps/next-app";

    private static readonly Lazy<List<JsonElement>> Lines = new(() =>
    {
        var result = Support.Cli.Run("scan", App, "--format", "json", "--fail-on", "never");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        return [.. doc.RootElement.GetProperty("checklist").EnumerateArray().Select(e => e.Clone())];
    });

    [TestCase("Helmet security headers enabled", "confirmed", "server.ts:16 helmet applied before the routes")]
    [TestCase("Content Security Policy configured", "confirmed", "server.ts:16")]
    [TestCase("CORS restricted to our own domains", "false-claim", "server.ts:18 CORS origin falls back to '*'")]
    [TestCase("Rate limiting on all routes", "false-claim", "server.ts:25 rate limiter registered after ALL * (line 22)")]
    [TestCase("Input validation with zod on every endpoint", "confirmed", "src/app/api/signup/route.ts:5 input validated (SignupInput.parse)")]
    [TestCase("Passwords hashed with bcrypt", "confirmed", "src/lib/password.ts:6 slow password hash used")]
    [TestCase("Strong JWT secret, never a default value", "false-claim", "src/app/api/auth/[...nextauth]/route.ts:7 NEXTAUTH_SECRET falls back to a literal")]
    [TestCase("Request body size limits", "confirmed", "server.ts:19 express.json() limit '1mb'")]
    [TestCase("Health check endpoint at /healthz", "confirmed", "server.ts:21 health route /healthz")]
    [TestCase("Graceful shutdown on SIGTERM", "confirmed", "server.ts:29 SIGTERM handler closes the server")]
    [TestCase("Environment variables validated at startup", "false-claim", "src/lib/env.ts:10 environment validation present but not wired in (src/lib/env.ts)")]
    [TestCase("Structured logging with pino", "confirmed", "src/lib/logger.ts:3 structured logger created")]
    [TestCase("Sentry error tracking", "confirmed", "sentry.server.config.ts:3 error tracker initialised")]
    [TestCase("Gzip compression", "unclaimed-met", "server.ts:17 compression applied before the routes")]
    [TestCase("Image optimization", "false-claim", "next.config.mjs:5 image optimization switched off")]
    [TestCase("TypeScript strict mode", "confirmed", "tsconfig.json:8 strict: true")]
    [TestCase("ESLint runs in the build", "false-claim", "next.config.mjs:7 eslint.ignoreDuringBuilds: true")]
    [TestCase("React strict mode enabled", "confirmed", "next.config.mjs:3 reactStrictMode: true")]
    [TestCase("Unit tests with Vitest", "confirmed", "src/lib/password.test.ts:4 1 test file(s) for vitest")]
    [TestCase("End-to-end tests with Playwright", "false-claim", "PRODUCTION_CHECKLIST.md:33 the checklist names Playwright but no package.json declares playwright or @playwright/test (searched package.json)")]
    [TestCase("Lockfile committed", "confirmed", "package-lock.json:1 package.json is locked by package-lock.json")]
    public void Scan_NextAppChecklistLine_HasStatusAndEvidence(string text, string status, string evidence)
    {
        var line = Lines.Value.Single(l => l.GetProperty("text").GetString() == text);

        Assert.That(line.GetProperty("status").GetString(), Is.EqualTo(status), Evidence(line));
        Assert.That(Evidence(line), Does.Contain(evidence));
    }

    [Test]
    public void Scan_NextApp_EveryLineIsCoveredAndEveryVerdictShowsFileLineEvidence()
    {
        var lines = Lines.Value;

        Assert.That(lines, Has.Count.EqualTo(22), "every checkbox of the checklist is judged");
        foreach (var line in lines.Where(l => l.GetProperty("verdict").GetString() is "met" or "unmet"))
        {
            var items = line.GetProperty("evidence").EnumerateArray().ToList();
            Assert.That(items, Is.Not.Empty, line.GetProperty("text").GetString());
            Assert.That(items.Select(e => e.GetProperty("line").GetInt32()), Has.All.GreaterThan(0), line.GetProperty("text").GetString());
        }
    }

    [Test]
    public void Scan_NextAppUncheckableLine_IsUnverifiedWithoutEvidence()
    {
        var backups = Lines.Value.Single(l => l.GetProperty("text").GetString() == "Database backups scheduled nightly");

        Assert.That(backups.GetProperty("status").GetString(), Is.EqualTo("unverified"));
        Assert.That(backups.GetProperty("evidence").GetArrayLength(), Is.EqualTo(0));
    }

    private static string Evidence(JsonElement line) => string.Join("\n", line.GetProperty("evidence").EnumerateArray()
        .Select(e => $"{e.GetProperty("path").GetString()}:{e.GetProperty("line").GetInt32()} {e.GetProperty("message").GetString()}"));
}
