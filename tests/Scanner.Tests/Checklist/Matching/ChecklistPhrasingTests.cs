using Scanner.Checklist.Controls;
using Scanner.Checklist.Matching;

namespace Scanner.Tests.Checklist.Matching;

/// <summary>
/// Checklist lines as people write them (our own wording, in the style of real readiness checklists) and the
/// controls they must match: exactly those, no more. An empty list means "not machine-verifiable".
/// </summary>
public sealed class ChecklistPhrasingTests
{
    private static readonly ControlMatcher Matcher = new(ControlCatalog.LoadDefault());

    private static readonly (string Line, string[] Controls)[] Table =
    [
        ("Remove hardcoded API keys from config files", ["no-hardcoded-secrets"]),
        ("Peewee ORM used for all queries", ["orm-queries"]),
        ("Passwords are never logged", ["logs-no-sensitive-data"]),
        ("Sensitive data not logged (user ids instead of emails)", ["logs-no-sensitive-data"]),
        ("No PII in logs", ["logs-no-sensitive-data"]),
        ("Sensitive data scrubbing in error logs", ["log-redaction", "logging-configured"]),
        ("No raw SQL anywhere in the API", ["orm-queries"]),
        ("SSH key-based authentication for deploys", ["ssh-key-auth"]),
        ("Deploys use an SSH deploy key, no SSH passwords", ["ssh-key-auth"]),
        ("Open Graph tags on every page", ["open-graph"]),
        ("Configure OG image", ["og-image"]),
        ("Backup recovery codes (hashed)", ["mfa"]),
        ("Email verification tokens generated", ["email-verification"]),
        ("Add password reset functionality", ["password-reset"]),
        ("Forgot-password flow with a single-use link", ["password-reset"]),
        ("Users can reset their password by e-mail", ["password-reset"]),
        ("Password recovery via email", ["password-reset"]),
        ("Email validation", ["email-validation"]),
        ("Email validation with regex", ["email-validation"]),
        ("Email validation (RFC 5322 compliant)", ["email-validation"]),
        ("Validate email format on sign-up", ["email-validation"]),
        ("Implement email verification", ["email-verification"]),
        ("Reset counters at midnight", []),
        ("No unencrypted storage of sensitive tokens", ["tokens-hashed-at-rest"]),
        ("Password reset tokens hashed before storage", ["password-reset", "tokens-hashed-at-rest"]),
        ("Minimum password length of 12", ["password-policy"]),
        ("Verify email addresses before first login", ["email-verification"]),
        ("JWT instant logout (token blacklist)", ["session-management"]),
        ("Token revocation on logout", ["session-management"]),
        ("All secrets in environment variables, not in code", ["no-hardcoded-secrets"]),
        ("Twitter Card tags", ["twitter-card"]),
        ("Add favicon and app icons", ["favicon"]),
        ("Meta tags optimization", ["page-description"]),
        ("JWT authentication on every API route", ["authentication"]),
        ("Route protection", ["route-protection"]),
        ("Protected routes redirect to the sign-in page", ["route-protection"]),
        ("Public route handling", ["route-protection"]),
        ("Authentication middleware", ["route-protection"]),
        ("Auth middleware on the admin pages", ["route-protection"]),
        ("Route guards for the dashboard", ["route-protection"]),
        ("Authentication checks", ["authentication"]),
        ("User authentication with NextAuth", ["authentication"]),
        ("Implement authentication middleware for protected routes", ["route-protection"]),
        ("Branch protection on main", []),
        ("All queries go through the ORM", ["orm-queries"]),
        ("No raw SQL queries with user input", ["sql-injection"]),
        ("No user input in raw SQL", ["sql-injection"]),
        ("Parameterised queries everywhere", ["sql-injection"]),
        ("No credentials in Dockerfile", ["image-secrets-absent"]),
        ("No secrets baked into container images", ["image-secrets-absent"]),
        ("Deploy job runs when main changes", ["automated-deploys"]),
        ("Standalone output enabled for the container build", ["next-standalone-output"]),
        ("Migrations run automatically on deploy", ["migrations-automated"]),
        ("Health checks on every service in compose", ["docker-healthcheck"]),
        ("Logging infrastructure in place", ["logging-configured"]),
        ("Flask-Limiter on the login route", ["rate-limiting"]),
        ("Environment variables template committed", ["env-example-complete"]),
        ("Move secrets to AWS Secrets Manager", ["secrets-management"]),
        ("Rotate the JWT signing secret every 90 days", ["strong-secrets"]),
        ("`.env` is never committed to git", ["env-not-committed"]),
        ("Add .env to .gitignore", ["env-gitignored"]),
        ("Document every key in `.env.example`", ["env-example-complete"]),
        ("Validate environment variables at startup", ["env-validated-at-startup"]),
        ("Environment validation on startup", ["env-validated-at-startup"]),
        ("Environment variables validation", ["env-validation"]),
        ("Config validated at boot, fail fast on missing env vars", ["env-validated-at-startup"]),
        ("Strip `console.log` calls from the frontend", ["no-console-log"]),
        ("Remove leftover print() debugging", ["debug-output-removed"]),
        ("Set DEBUG=False in production", ["debug-mode-off"]),
        ("Configure a strict Content-Security-Policy", ["csp"]),
        ("Helmet.js security headers + CSP", ["csp", "security-headers"]),
        ("Add X-Frame-Options and Referrer-Policy headers", ["security-headers"]),
        ("Redirect all HTTP traffic to HTTPS", ["https-enforced"]),
        ("Enable HSTS with preload", ["hsts-enabled"]),
        ("Auto-renew Let's Encrypt certificates", ["tls-certificates"]),
        ("Lock CORS down to the production domain", ["cors-restricted"]),
        ("Webhook signature verification in place", ["webhook-signatures"]),
        ("Stripe webhooks validated before fulfilment", ["webhook-signatures"]),
        ("CORS configuration", ["cors-configured"]),
        ("Set up CORS for the public API", ["cors-configured"]),
        ("CORS restricted to our domains", ["cors-restricted"]),
        ("CORS properly configured", ["cors-restricted"]),
        ("**CORS** - Configured for production", ["cors-restricted"]),
        ("CORS allow-list for the admin app", ["cors-restricted"]),
        ("CORS configured with a strict origins list", ["cors-configured", "cors-restricted"]),
        ("Throttle login attempts with express-rate-limit", ["rate-limiting"]),
        ("Implement request size limits", ["request-size-limits"]),
        ("CSRF tokens on all forms", ["csrf-protection"]),
        ("Escape user content to prevent XSS", ["xss-protection"]),
        ("Use parameterized queries everywhere", ["sql-injection"]),
        ("Validate request bodies with Zod", ["input-validation"]),
        ("Check MIME types on file uploads", ["file-upload-validation"]),
        ("Hash passwords with argon2", ["password-hashing"]),
        ("Set HttpOnly and Secure flags on the auth cookie", ["secure-cookies"]),
        ("Reduce session timeout to 24 hours", ["session-management"]),
        ("Offer TOTP-based 2FA for admins", ["mfa"]),
        ("Lock accounts after 5 failed logins", ["account-lockout"]),
        ("Run the container as a non-root user", ["docker-non-root"]),
        ("Use multi-stage Docker builds", ["docker-multi-stage"]),
        ("Add a HEALTHCHECK to the Dockerfile", ["docker-healthcheck"]),
        ("Pin the base image by digest", ["docker-pinned-base-image"]),
        ("Add a .dockerignore", ["dockerignore"]),
        ("Don't publish the Postgres port from docker-compose", ["compose-ports-restricted"]),
        ("Use Docker secrets instead of plain environment values", ["compose-secrets"]),
        ("Write database migrations instead of calling sync()", ["migrations"]),
        ("Configure PgBouncer connection pooling", ["connection-pooling"]),
        ("Add indexes for frequently queried columns", ["database-indexes"]),
        ("Nightly automated database backups", ["backups"]),
        ("Require a password on Redis", ["redis-auth"]),
        ("Cache expensive lookups in Redis", ["caching"]),
        ("Set Cache-Control headers for static files", ["http-caching-headers"]),
        ("ETag support", ["http-caching-headers"]),
        ("ResponseCache attributes with Cache-Control on API responses", ["http-caching-headers"]),
        ("Enable gzip compression", ["compression"]),
        ("Expose /healthz for Kubernetes probes", ["health-endpoints"]),
        ("Health monitoring", ["health-endpoints"]),
        ("Automated security validation", ["security-testing"]),
        ("Font optimization", ["fonts-optimized"]),
        ("Fonts loaded with next/font", ["fonts-optimized"]),
        ("Lazy loading", ["lazy-loading"]),
        ("Lazy-loaded components with React.lazy", ["lazy-loading"]),
        ("Readiness vs liveness health checks", ["health-endpoints", "readiness-checks"]),
        ("Pod security policies applied to every namespace", ["pod-security"]),
        ("Environment-specific configs", ["environment-configs"]),
        ("No hardcoded email addresses", ["no-hardcoded-emails"]),
        ("Per-environment configuration (dev, staging, prod)", ["environment-configs"]),
        ("Pod Security Standards enforced (restricted)", ["pod-security"]),
        ("Switch to structured JSON logs with pino", ["structured-logging"]),
        ("Log every request with morgan", ["request-logging"]),
        ("Wire up Sentry for error tracking", ["error-tracking"]),
        ("Export Prometheus metrics", ["metrics"]),
        ("Page the on-call rotation through PagerDuty", ["alerting"]),
        ("Handle SIGTERM and drain connections", ["graceful-shutdown"]),
        ("Graceful shutdown of hosted services", ["graceful-shutdown"]),
        ("Run the test suite in GitHub Actions on every PR", ["ci-pipeline", "unit-tests"]),
        ("Write unit tests for the billing service", ["unit-tests"]),
        ("Add Playwright E2E tests for checkout", ["e2e-tests"]),
        ("Keep coverage above 80%", ["test-coverage"]),
        ("ESLint passes with zero warnings", ["lint"]),
        ("Turn on TypeScript strict mode", ["type-checking"]),
        ("Run npm audit before each release", ["dependency-audit"]),
        ("Commit the package-lock.json", ["dependency-lockfile"]),
        ("Publish OpenAPI docs for the public API", ["api-docs"]),
        ("Write a deployment guide for ops", ["deployment-docs"]),
        ("Never show stack traces to users", ["stack-traces-hidden"]),
        ("Load test the checkout flow with k6", ["load-testing"]),
        ("Document the rollback plan", ["rollback-plan"]),
        ("Put static assets behind a CDN", ["cdn"]),
        ("Sitemap.xml generated", ["sitemap"]),
        ("XML sitemap submitted with every page", ["sitemap"]),
        ("Bundle analysis configured", ["bundle-analysis"]),
        ("Bundle size analysis with @next/bundle-analyzer", ["bundle-analysis"]),
        ("Keep the bundle size under 200 KB", ["frontend-assets-optimized"]),
        ("No `any` types in production code", ["typescript-no-any"]),
        ("Remove explicit any from the API handlers", ["typescript-no-any"]),
        ("TypeScript strict mode", ["type-checking"]),
        ("Security audit (CSRF, XSS, SQL injection)", ["csrf-protection", "security-review", "sql-injection", "xss-protection"]),

        // CI workflows.
        ("No untrusted input in run commands", ["ci-script-injection"]),
        ("Guard the workflows against expression injection", ["ci-script-injection"]),
        ("Untrusted input in GitHub Actions passed through env", ["ci-script-injection"]),
        ("Prevent script injection in user comments", []),
        ("Secrets via GitHub Secrets", ["ci-secrets"]),
        ("Deploy keys stored as GitHub Actions secrets", ["ci-secrets"]),
        ("Secrets in CI come from the repository settings", ["ci-secrets"]),
        ("GitHub secret scanning enabled", ["no-hardcoded-secrets"]),
        ("GitHub workflows configured", []),
        ("Images push to registry", ["image-publishing"]),
        ("Service account isolation", ["service-account-isolation"]),
        ("Each deployment uses a dedicated service account", ["service-account-isolation"]),
        ("Security contexts configured", ["docker-non-root"]),
        ("Proper user/group IDs", ["docker-non-root"]),
        ("runAsUser set on every pod", ["docker-non-root"]),
        ("Build and push the Docker image to GHCR on every tag", ["image-publishing"]),
        ("Publish container images from CI", ["image-publishing"]),
        ("GHCR authentication scoped per job", ["infrastructure-access"]),
        ("Push notifications for new messages", []),

        // Traps: a word in common is not the same control.
        ("Remove all `alert()` calls", ["debug-output-removed"]),
        ("Add error boundaries", ["error-handling"]),
        ("Implement request size limits on uploads", ["request-size-limits"]),
        ("Add request timeouts to outbound HTTP calls", ["timeouts"]),
        ("Timeouts configured on every outbound API client", ["timeouts"]),
        ("Let's Encrypt certificates renewed automatically", ["tls-certificates"]),
        ("Wildcard TLS certificates issued through the DNS-01 challenge", ["tls-certificates", "tls-dns-challenge"]),
        ("Correlation IDs attached to every request", ["request-tracing"]),
        ("Distributed tracing with OpenTelemetry", ["request-tracing"]),
        ("Request ID tracking in logs", ["request-tracing"]),
        ("Trace IDs in log lines through a log enricher", ["log-trace-correlation"]),
        ("Circuit breaker around the payment provider", ["retries"]),
        ("Retry policy with exponential backoff and jitter", ["retries"]),
        ("HTTP client hardening: timeout, retries with backoff, circuit breaker", ["retries", "timeouts"]),
        ("Add HTTP caching headers", ["http-caching-headers"]),
        ("Optimize slow SQL queries", ["query-optimization"]),
        ("Support query parameters for filtering", []),
        ("Use ASP.NET Core data protection", []),
        ("Add a retry button to the upload dialog", []),
        ("Migrate the blog to a new CMS", []),
        ("Debug configuration for VS Code", []),

        ("Google Analytics configured", ["analytics"]),
        ("Analytics", ["analytics"]),
        ("Set up web analytics (Plausible or PostHog)", ["analytics"]),
        ("Usage analytics for the marketing site", ["analytics"]),
        ("Log Analytics workspace receives the API logs", ["log-aggregation"]),

        ("Production build script", ["production-scripts"]),
        ("Start scripts for production", ["production-scripts"]),
        ("`npm start` runs the compiled server, not nodemon", ["production-scripts"]),
        ("Build scripts for frontend and backend", ["production-scripts"]),
        ("Application builds successfully in CI", ["ci-pipeline"]),
        ("Start the marketing campaign", []),

        ("Image alt texts", ["image-alt-text"]),
        ("Alt attributes on all images", ["image-alt-text"]),
        ("Add alt tags to product photos", ["image-alt-text"]),
        ("Alt+K opens the command palette", []),

        // Nothing a scanner can check.
        ("Write blog post announcing launch", []),
        ("Celebrate 🎉", []),
        ("Update team on progress", []),
        ("Order pizza for the launch party", []),
        ("Schedule a retro with the whole team", []),
        ("Translate marketing copy into French", []),
        ("Train the support team", []),
        ("DB schema verification on startup (verify_migrations)", ["migrations"]),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Table.Select(row => new TestCaseData(row.Line, row.Controls).SetArgDisplayNames(row.Line));

    [TestCaseSource(nameof(Cases))]
    public void Match_ChecklistLine_MatchesExpectedControls(string line, string[] expected)
    {
        var ids = Matcher.Match(line, null).Select(m => m.ControlId).Order(StringComparer.Ordinal).ToList();

        Assert.That(ids, Is.EqualTo(expected));
    }

    [Test]
    public void Match_SameTableTwice_GivesSameResults()
    {
        var first = Table.Select(row => Matcher.Match(row.Line, null)).ToList();
        var second = Table.Select(row => new ControlMatcher(ControlCatalog.LoadDefault()).Match(row.Line, null)).ToList();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Match_Tag_OverridesText()
    {
        var matches = Matcher.Match("Helmet.js security headers + CSP", "docker-non-root");

        Assert.That(matches, Is.EqualTo(new[] { new ControlMatch("docker-non-root", "tag", 1.0) }));
    }

    [Test]
    public void Match_SeveralControls_SortedByScoreThenId()
    {
        var matches = Matcher.Match("Security audit (CSRF, XSS, SQL injection)", null);

        var expected = matches.OrderByDescending(m => m.Score).ThenBy(m => m.ControlId, StringComparer.Ordinal);
        Assert.That(matches, Is.EqualTo(expected));
        Assert.That(matches[0], Is.EqualTo(new ControlMatch("security-review", "alias:security audit", 0.7)));
    }

    [Test]
    [CancelAfter(120_000)]
    public void Match_HundredThousandLines_MatchesEveryOne()
    {
        var rows = Enumerable.Range(0, 100_000).Select(i => Table[i % Table.Length]).ToList();
        var lines = rows.Select(r => r.Line).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var matched = lines.Count(line => Matcher.Match(line, null).Count > 0);

        clock.Stop();
        TestContext.Out.WriteLine($"100,000 lines matched in {clock.ElapsedMilliseconds} ms");
        Assert.That(matched, Is.EqualTo(rows.Count(r => r.Controls.Length > 0)));
    }
}
