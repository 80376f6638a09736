using System.Text.Json;

namespace Scanner.Tests.Cli;

/// <summary>
/// The patterns of TRUTH.md §7, each a small repository under fixtures/truth/ written from scratch with its own
/// checklist: lines that must be met are never accused, and lines that must be false are called false with
/// evidence. End to end through the CLI, as a user runs it.
/// </summary>
public sealed class TruthPatternTests
{
    [TestCase("express-hand-written-logger", "Rate limiting on the API", "confirmed", "src/server.js:11")]
    [TestCase("next-auth-default-shadowed-by-named-middleware", "Route protection", "false-claim", "src/middleware.ts:10 who is asking is checked (withAuth) in the default export, which Next.js never runs: the named middleware export (src/middleware.ts:4)")]
    [TestCase("next-auth-default-shadowed-by-named-middleware", "Public route handling", "false-claim", "src/middleware.ts:10")]
    [TestCase("next-dead-middleware-guard-handlers-check-themselves", "Protected routes", "false-claim", "proxy.ts:8 who is asking is checked (getToken) in the default export, which Next.js never runs")]
    [TestCase("next-dead-middleware-guard-handlers-check-themselves", "User authentication", "confirmed", "app/api/reports/route.ts:5")]
    [TestCase("next-auth-middleware-guards-routes", "Route protection", "confirmed", "src/middleware.ts:5 the named middleware export, which Next.js runs, guards the paths its matcher covers (/admin/:path*)")]
    [TestCase("next-auth-middleware-guards-routes", "Authentication middleware", "confirmed", "src/middleware.ts:5")]
    [TestCase("express-hand-written-logger", "Response compression enabled", "confirmed", "src/server.js:8")]
    [TestCase("express-hand-written-logger", "Request logging", "confirmed", "src/utils/log.js:3 hand-written request logger")]
    [TestCase("node-api-beside-python-service", "Helmet.js security headers", "confirmed", "api/src/index.js")]
    [TestCase("node-api-beside-python-service", "Password hashing with bcrypt", "confirmed", "api/src/passwords.js")]
    [TestCase("flask-factory-package", "Health check endpoint", "confirmed", "app/health.py")]
    [TestCase("flask-factory-package", "Security headers", "confirmed", "app/__init__.py:10")]
    [TestCase("flask-factory-package", "CSRF protection", "confirmed", "app/__init__.py:11")]
    [TestCase("login-limiter-in-route-handler", "Rate limiting on login (5 attempts per 15 minutes)", "confirmed", "answers 429 from a per-client counter")]
    [TestCase("login-limiter-in-route-handler", "Rate limiting on all API routes", "false-claim", "src/app/api/orders/route.ts:4 route handler without rate limiting")]
    [TestCase("env-example-provided-not-complete", ".env.example provided", "confirmed", "")]
    [TestCase("env-example-provided-not-complete", ".env.example lists every variable the code reads", "false-claim", "src/index.js:4 STORAGE_REGION")]
    [TestCase("eslint-config-not-in-build", "ESLint configuration", "confirmed", ".eslintrc.json")]
    [TestCase("eslint-config-not-in-build", "ESLint runs in the build", "false-claim", "next.config.js:1")]
    [TestCase("express-stack-only-in-development", "Stack traces hidden in production, shown in development", "confirmed", "src/app.js:12 the stack trace reaches the client only under a development check")]
    [TestCase("express-stack-always-sent", "Stack traces hidden in production", "false-claim", "src/errors.js:2 the stack trace is sent to the client with no development check")]
    [TestCase("errors-leaked-from-route-handlers", "Error handling without information leakage", "false-claim", "app/api/reports/route.ts:7 exception text sent to the client (error.message)")]
    [TestCase("dev-dockerfile-beside-multistage", "Multi-stage Docker builds", "confirmed", "Dockerfile:8")]
    [TestCase("aspnet-ensure-created-in-development", "EF Core migrations committed and applied", "confirmed", "Data/Migrations/20240101000000_Initial.cs")]
    [TestCase("headers-only-in-vercel-json", "Security headers configured", "confirmed", "vercel.json:6 Strict-Transport-Security set by the platform config")]
    [TestCase("used-package-not-declared", "Passwords hashed with bcrypt", "confirmed", "src/server.js")]
    [TestCase("env-schema-from-object-of-reads", "Environment variables validated at startup", "confirmed", "src/env.js")]
    [TestCase("pod-security-policy-removed-api", "Pod Security Policies | non-root and no privilege escalation", "false-claim", "deploy/psp.yaml:2 PodSecurityPolicy locked-down (policy/v1beta1): PodSecurityPolicy was removed in Kubernetes 1.25")]
    [TestCase("pod-security-policy-removed-api", "Containers run as non-root", "confirmed", "deploy/api.yaml:10")]
    [TestCase("env-sourced-named-in-words", "SendGrid API key in environment variable", "confirmed", "notify/mail.py:3 reads SENDGRID_API_KEY from the environment")]
    [TestCase("env-sourced-named-in-words", "Database URL from environment variable", "confirmed", "notify/app.py:8 reads DATABASE_URL from the environment")]
    [TestCase("env-sourced-named-in-words", "Mailgun signing key stored in environment variables", "unverified", "")]
    [TestCase("deploy-by-sshpass", "SSH key-based authentication for deploys", "false-claim", "scripts/deploy.sh:4 SSH logs in with a password here (sshpass)")]
    [TestCase("next-config-variant-never-loaded", "Environment-specific configs", "false-claim", "next.config.production.mjs: nothing imports, names or loads this environment-specific config")]
    [TestCase("env-check-only-in-health-route", "Environment variables validated", "unverified", "called only inside route handlers")]
    [TestCase("env-check-only-in-health-route", "Configuration validated at startup (fail fast on missing env vars)", "false-claim", "app/api/status/route.js:4 the hand-written environment check runs only inside route handlers")]
    [TestCase("aspnet-etag-middleware", "Graceful shutdown tuning", "open", "asks for values chosen for this app")]
    [TestCase("aspnet-etag-middleware", "ETag scope tuning", "open", "asks for values chosen for this app")]
    [TestCase("aspnet-etag-middleware", "ETag support", "confirmed", "ConditionalGet.cs:18 ETag set in ConditionalGet.cs; wired in: UseConditionalGet()")]
    [TestCase("aspnet-etag-middleware", "Graceful shutdown on SIGTERM", "confirmed", "Program.cs:5 the ASP.NET Core host stops on SIGTERM and drains in-flight requests")]
    [TestCase("aspnet-validators-invoked", "Input validation with FluentValidation", "confirmed", "Program.cs:9 a registered validator is invoked here (ValidateAsync())")]
    [TestCase("next-middleware-sends-hsts", "HTTPS enforcement", "confirmed", "middleware.ts:5 Strict-Transport-Security")]
    [TestCase("next-middleware-sends-hsts", "HSTS enabled", "confirmed", "middleware.ts:5 Strict-Transport-Security")]
    [TestCase("flask-hooks-https-and-hsts", "HTTPS enforced in production", "confirmed", "app.py:8 a request hook redirects plain HTTP to HTTPS")]
    [TestCase("flask-hooks-https-and-hsts", "HSTS header", "unverified", "")]
    [TestCase("env-check-throws-in-health-route", "Environment variables validated", "confirmed", "lib/settings.js:4) reads process.env and throws or exits on a missing value")]
    [TestCase("env-check-throws-in-health-route", "Environment validated on startup", "false-claim", "app/api/ready/route.js:4 the hand-written environment check runs only inside route handlers")]
    [TestCase("python-print-in-script-block", "No print() statements left in the API", "confirmed", "no print() or breakpoint in")]
    [TestCase("named-artifacts", "import requests added at the top of service.py", "confirmed", "service.py:3")]
    [TestCase("named-artifacts", "httpx==0.27.0 pinned in requirements.txt", "false-claim", "requirements.txt:2 httpx pinned to 0.25.2, not 0.27.0")]
    [TestCase("named-artifacts", "requests==2.31.0 pinned in requirements.txt", "confirmed", "requirements.txt:1")]
    [TestCase("named-artifacts", "No import pdb left in service.py", "confirmed", "searched service.py: no import pdb outside comments")]
    [TestCase("named-artifacts", "All import pickle statements removed", "false-claim", "worker/jobs.py:1 import pickle is still here")]
    [TestCase("named-artifacts", "PAYMENT_API_KEY loaded from the environment", "confirmed", "service.py:7")]
    [TestCase("named-artifacts", "LEGACY_BRIDGE_TOKEN loaded from the environment", "unverified", "no source file names LEGACY_BRIDGE_TOKEN")]
    [TestCase("named-artifacts", "CSRF helper implemented (web/src/lib/csrf.ts)", "false-claim", "source files imports it and no manifest or Dockerfile runs it")]
    [TestCase("named-artifacts", "Session helper implemented (web/src/lib/session.ts)", "confirmed", "web/src/lib/session.ts is imported by web/src/app/page.tsx")]
    [TestCase("named-artifacts", "robots.txt configured", "confirmed", "web/src/app/robots.ts stands in for robots.txt")]
    [TestCase("named-artifacts", "Created .env.production with the production API URL", "false-claim", "ignored by git (.gitignore:2)")]
    [TestCase("named-artifacts", "Sitemap generated at build time (sitemap.xml)", "false-claim", "web/package.json:1 no sitemap for this web front end")]
    [TestCase("named-artifacts", "Proper use of revalidateTag() after writes", "false-claim", "revalidateTag() appears nowhere")]
    [TestCase("named-artifacts", "Removed window.location.reload() calls", "confirmed", "no window.location.reload()")]
    [TestCase("named-artifacts", "Layout polished with a shared theme (e.g. web/src/lib/theme.ts)", "unverified", "")]
    [TestCase("sign-in-page-without-server-check", "User authentication", "false-claim", "app/login/page.tsx:1 the app has a sign-in page or form (app/login/page.tsx), but no server code verifies a session or token")]
    [TestCase("sign-in-page-without-server-check", "Sign in with Google (OAuth)", "unverified", "")]
    [TestCase("sign-in-page-without-server-check", "Authorization code exchange with the identity provider", "unverified", "oauth-sign-in: inconclusive: js-oauth-sign-in")]
    [TestCase("stated-limits", "Rate limiting enabled (100 requests per 15 minutes)", "false-claim", "src/server.js:6 states 1000 per 15 minute(s), not 100 requests per 15 minutes")]
    [TestCase("stated-limits", "Rate limiting on the API (1000 requests per 15 minutes)", "confirmed", "src/server.js:6 states 1000 per 15 minute(s)")]
    [TestCase("stated-limits", "Request body size limited to 1MB", "confirmed", "src/server.js:5 states 1 MB")]
    [TestCase("stated-limits", "Request body size limited to 10MB", "false-claim", "the code states 1 MB at src/server.js:5, not 10MB")]
    [TestCase("stated-limits-flask", "Rate limiting on login (5 attempts per minute)", "confirmed", "app.py:10 states 5 per 1 minute(s)")]
    [TestCase("stated-limits-flask", "Rate limiting on login (10 attempts per minute)", "false-claim", "5 per 1 minute(s) at app.py:10, not 10 attempts per minute")]
    [TestCase("demo-app-beside-product", "Containers run as a non-root user", "confirmed", "findings in examples/quickstart left out: production does not run it")]
    [TestCase("functions-beside-unbuilt-backup", "Rate limiting on API endpoints", "false-claim", "package.json:1 no rate limiter (express-rate-limit, rate-limiter-flexible, @upstash/ratelimit ...) protects the routes (searched 1 wired-in module(s) reachable from netlify/functions/orders.js)")]
    [TestCase("token-lifetime-stated", "Short JWT expiration for access tokens", "confirmed", "src/server.js:7 states 1 hour(s)")]
    [TestCase("next-image-without-standalone", "Security headers implemented", "confirmed", "next.config.js:3 X-Frame-Options header set")]
    [TestCase("next-image-without-standalone", "Standalone output for Docker", "false-claim", "Dockerfile:11 the image copies .next/standalone, but next.config does not set output: 'standalone'")]
    [TestCase("next-image-without-standalone", "Deploy job runs on every push to main", "confirmed", ".github/workflows/deploy.yml:14")]
    [TestCase("next-image-without-standalone", "Error logging system", "confirmed", "lib/log.js:3 hand-written logger")]
    [TestCase("next-image-without-standalone", "Environment variables template ready", "confirmed", ".env.example:1")]
    [TestCase("named-technology-absent", "Rate limiting with a Redis store shared by all instances", "false-claim", "no trace of Redis")]
    [TestCase("named-technology-absent", "Redis for session storage and rate limiting", "open", "the line names Redis, but no package, image, connection string, file or code in the repository uses it")]
    [TestCase("named-technology-absent", "PostgreSQL database with connection pooling", "confirmed", "src/server.js")]
    [TestCase("named-technology-absent", "MySQL or PostgreSQL supported", "unverified", "")]
    [TestCase("named-technology-absent", "Cloud storage integration (AWS S3, Cloudinary)", "open", "the line names S3 or Cloudinary, but no package, image, connection string, file or code in the repository uses it")]
    [TestCase("named-technology-absent", "Search with Elasticsearch or Kafka events", "open", "the line names Elasticsearch or Kafka")]
    [TestCase("named-technology-absent", "Redis cache (if needed)", "open", "the line names Redis, but no package")]
    [TestCase("named-technology-absent", "Distributed rate limiting across instances", "unverified", "asks for state every instance shares")]
    [TestCase("named-technology-absent", "Rate limiting on the API", "confirmed", "src/server.js:8")]
    [TestCase("readiness-tag-carried-by-none", "Readiness vs liveness health checks", "open", "no registered check carries that tag")]
    [TestCase("otlp-named-not-used", "Traces exported over OTLP", "false-claim", "the line names OTLP, but no package, image, connection string, file or code in the repository uses it")]
    [TestCase("otlp-named-not-used", "OTLP exporter to a collector", "open", "the line names OTLP")]
    [TestCase("otlp-named-not-used", "Metrics scraped by Prometheus", "confirmed", "Program.cs")]
    [TestCase("container-named-without-dockerfile", "Docker configuration ready", "false-claim", "no trace of Docker")]
    [TestCase("container-named-without-dockerfile", "Dockerfile runs as a non-root user", "false-claim", "no trace of Docker")]
    [TestCase("container-named-without-dockerfile", "Consider Docker later, if we outgrow the platform", "open", "")]
    [TestCase("container-named-without-dockerfile", "No Docker needed: the platform builds the app", "unverified", "")]
    [TestCase("next-standalone-named", "next.config.ts: Standalone output and security headers", "false-claim", "output: 'standalone' is commented out at next.config.ts:5")]
    [TestCase("next-standalone-named", "Standalone build (e.g. for a container image later)", "open", "")]
    [TestCase("next-standalone-set", "Standalone build configured for the server image", "confirmed", "next.config.mjs:2 sets output: 'standalone'")]
    [TestCase("next-site-metadata", "Comprehensive meta tags", "confirmed", "app/layout.tsx")]
    [TestCase("next-site-metadata", "Open Graph tags", "confirmed", "Open Graph tags: set in the metadata export")]
    [TestCase("next-site-metadata", "Configure OG image", "false-claim", "no Open Graph image anywhere")]
    [TestCase("next-site-metadata", "Twitter Card tags", "false-claim", "no Twitter card anywhere")]
    [TestCase("next-site-metadata", "Add favicon and app icons", "open", "no favicon or app icon anywhere")]
    [TestCase("token-lifetime-long-python", "JWT tokens with short expiration", "false-claim", "every token lifetime the code states is over 4 hour(s) (8 hour(s) at app.py:9)")]
    [TestCase("token-lifetime-long-python", "JWT access tokens expire after 8 hours", "confirmed", "app.py:9 states 8 hour(s)")]
    [TestCase("token-lifetime-hours-python", "JWT tokens with short expiration", "unverified", "the code states 2 hour(s) at app.py:9, not an hour or less")]
    [TestCase("token-lifetime-stated", "JWT access tokens expire after 15 minutes", "false-claim", "src/server.js:7 states 1 hour(s), not 15 minutes")]
    [TestCase("token-lifetime-stated", "Token expiration (1 hour)", "confirmed", "src/server.js:7 states 1 hour(s)")]
    [TestCase("token-lifetime-stated", "JWT expiry configured", "confirmed", "token signed with expiresIn '1h'")]
    [TestCase("plain-logging-is-not-structured", "Logging configured with log levels", "confirmed", "app.py:6 logging configured")]
    [TestCase("plain-logging-is-not-structured", "Structured logging (JSON)", "false-claim", "app.py:6 logging is configured with plain text output")]
    [TestCase("structlog-beside-stdlib-logging", "Structured logging implemented", "false-claim", "structlog is configured (failures.py:3) but only formats its own loggers, and 3 module(s) log through logging.getLogger against 1 through structlog")]
    [TestCase("structlog-beside-stdlib-logging", "Logging configured", "confirmed", "logging configured")]
    [TestCase("password-minimum-stated", "Password policy: 12+ characters", "false-claim", "src/server.js:9 requires 8 characters, not 12+ characters")]
    [TestCase("password-minimum-stated", "Minimum password length of 8 characters", "confirmed", "src/server.js:9 requires at least 8 characters")]
    [TestCase("hardened-deployment-beside-plain-one", "Container resource limits", "unverified", "compose-resource-limits holds in deploy/docker-compose.hardened.yml but fails in docker-compose.yml")]
    [TestCase("hardened-deployment-beside-plain-one", "Read-only root filesystem", "unverified", "k8s-read-only-root-filesystem holds in k8s/hardened/ but fails in k8s/staging/")]
    [TestCase("hardened-deployment-beside-plain-one", "Capability dropping: all capabilities removed", "unverified", "k8s/hardened/api.yaml:19 Deployment api: container api drops all capabilities")]
    [TestCase("checklist-names-its-deployment", "Container resource limits", "confirmed", "the checklist names the deployment it runs (k8s/hardened/api.yaml)")]
    [TestCase("checklist-names-its-deployment", "Read-only root filesystem", "confirmed", "k8s/hardened/api.yaml")]
    [TestCase("prisma-history-starts-mid-way", "Production database migration scripts ready", "false-claim", "no earlier migration creates")]
    [TestCase("named-manifest-unreadable", "Read-only root filesystem", "unverified", "the repository keeps several deployments")]
    [TestCase("next-caching-defaults-only", "Caching headers configured", "unverified", "no route sets its own caching")]
    [TestCase("checklist-names-its-compose-file", "Internal services exposed only to the proxy", "false-claim", "docker-compose.prod.yml")]
    [TestCase("one-deployment-one-workload-unlimited", "Container resource limits", "false-claim", "docker-compose.yml:5 worker has no memory or CPU limit")]
    [TestCase("release-docs-and-scans", "Deployment guide written", "confirmed", "README.md:12 README.md has a section about deploying")]
    [TestCase("release-docs-and-scans", "Vulnerability scanning in CI", "confirmed", ".github/workflows/ci.yml:9")]
    [TestCase("release-docs-and-scans", "SAST with CodeQL", "unverified", "its passes are about vulnerability-scan, not code-scan")]
    [TestCase("release-docs-and-scans", "Load testing with k6", "false-claim", "README.md:0 no load test")]
    [TestCase("release-docs-and-scans", "Security updates applied during the image build", "confirmed", "Dockerfile:3")]
    [TestCase("release-docs-and-scans", "Penetration test completed", "unverified", "security-review: no probe checks this control yet")]
    [TestCase("k8s-policies-for-one-workload", "Network policies for pod isolation", "confirmed", "k8s/api.yaml:2 Deployment api's pods are selected by NetworkPolicy api-ingress (k8s/network-policy.yaml:2)")]
    [TestCase("k8s-policies-for-one-workload", "Network policies restrict traffic to all pods", "false-claim", "k8s/worker.yaml:2")]
    [TestCase("k8s-policies-for-one-workload", "Firewall rules configured", "unverified", "network-segmentation: no probe checks this control yet")]
    [TestCase("apm-without-metrics-endpoint", "Application performance monitoring (New Relic APM)", "confirmed", "src/server.js:1 performance agent loaded (newrelic)")]
    [TestCase("apm-without-metrics-endpoint", "Prometheus metrics endpoint for scraping", "false-claim", "src/server.js:5 metrics collected (prom-client: client.collectDefaultMetrics), but nothing serves or pushes them")]
    [TestCase("apm-without-metrics-endpoint", "API documentation with Swagger UI", "false-claim", "package.json:5 an API documentation package is installed but never set up")]
    [TestCase("apm-without-metrics-endpoint", "Security metrics collection", "unverified", "security-monitoring: no probe checks this control yet")]
    [TestCase("nextauth-credentials-only", "Single sign-on through the company identity provider (OIDC)", "false-claim", "route.ts:2 sign-in is by password only (next-auth/providers/credentials)")]
    [TestCase("nextauth-credentials-only", "OpenAPI spec for the API", "confirmed", "docs/openapi.yaml:1 API described in a committed OpenAPI spec")]
    [TestCase("fastapi-password-grant", "OAuth2 login", "unverified", "OAuth2PasswordRequestForm is the OAuth2 password grant against this app, not sign-in through an identity provider")]
    [TestCase("fastapi-password-grant", "Application performance monitoring (APM)", "confirmed", "main.py:7 Sentry initialised with tracing")]
    [TestCase("fastapi-password-grant", "API docs available at /docs", "confirmed", "main.py:8 API documentation served (FastAPI)")]
    [TestCase("raw-sql-beside-orm", "SQLAlchemy ORM used for all queries", "false-claim", "main.py:26 raw SQL in production code (beside sqlalchemy): 1 of 2 places")]
    [TestCase("raw-sql-beside-orm", "No user input in raw SQL", "confirmed", "no SQL text built from values")]
    [TestCase("prisma-only-queries", "All queries use Prisma ORM (no SQL injection risks)", "confirmed", "src/server.js:2 queries go through @prisma/client")]
    [TestCase("prisma-only-queries", "No raw SQL in the API", "unclaimed-met", "no SQL text, text() or raw-query call in 1 production module(s)")]
    [TestCase("signup-logs-email", "No sensitive data in logs", "false-claim", "app/main.py:18 log call writes form.email into the log")]
    [TestCase("signup-logs-email", "Logging configured with log levels", "confirmed", "app/main.py:6")]
    [TestCase("express-logs-ids-only", "Sensitive data not logged (user ids instead of emails)", "confirmed", "src/server.js:10 2 log call(s) in 1 module(s): none logs a value named like personal or secret data")]
    [TestCase("django-upload-limit-settings-default", "Photo upload size limit (8MB)", "confirmed", "gallery/views.py:8 states 8 MB")]
    [TestCase("django-upload-limit-settings-default", "Photo upload size limit (2MB)", "false-claim", "the code states 8 MB at gallery/views.py:8, not 2MB")]
    [TestCase("django-body-limit-stated", "Request size limits", "confirmed", "shop/settings.py:10 DATA_UPLOAD_MAX_MEMORY_SIZE (5 MB), wired in")]
    [TestCase("django-body-limit-stated", "Request body size limited to 5MB", "confirmed", "shop/settings.py:10 states 5 MB")]
    [TestCase("django-body-limit-stated", "Request body size limited to 10MB", "false-claim", "the code states 5 MB at shop/settings.py:10, not 10MB")]
    [TestCase("flask-body-limit-from-env", "Max request size 16MB", "unverified", "a limit takes its numbers from configuration (app.py:6)")]
    [TestCase("next-site-seo-and-bundles", "Sitemap.xml generated", "confirmed", "app/sitemap.ts:1 app/sitemap.ts serves the sitemap")]
    [TestCase("next-site-seo-and-bundles", "Bundle analysis configured", "false-claim", "next.config.analyze.ts:2 @next/bundle-analyzer is set up in next.config.analyze.ts, which the build never loads")]
    [TestCase("next-site-seo-and-bundles", "TypeScript strict mode", "confirmed", "tsconfig.json:2 strict: true")]
    [TestCase("next-site-seo-and-bundles", "No any types in production code", "false-claim", "app/api/bookings/route.ts:2 explicit any (as any)")]
    [TestCase("next-site-seo-and-bundles", "CORS configuration", "false-claim", "no CORS configured in any layer")]
    [TestCase("webhooks-one-unsigned", "CORS configured", "confirmed", "src/server.js:2 CORS middleware cors applied")]
    [TestCase("webhooks-one-unsigned", "Webhook signature verification in place", "false-claim", "src/routes/repository.js:5 webhook handler in src/routes/repository.js trusts the request without checking its signature")]
    [TestCase("webhooks-one-unsigned", "Sitemap generated", "not-applicable", "an API or a library has no sitemap")]
    [TestCase("staff-totp-node", "TOTP 2FA for staff accounts", "confirmed", "src/second-factor.js:4 second factor verified (authenticator.check)")]
    [TestCase("password-sign-in-no-second-factor", "Two-factor authentication for members", "false-claim", "app.py:11 the app signs users in itself (check_password_hash), and no second factor (TOTP, WebAuthn, OTP) is verified anywhere")]
    [TestCase("django-lockout-threshold", "Brute-force protection (django-axes, 5 attempts -> lockout)", "confirmed", "portal/settings.py:12 failed sign-ins lock the account (axes installed, axes.middleware.AxesMiddleware; AXES_FAILURE_LIMIT = 5)")]
    [TestCase("django-lockout-threshold", "Two-factor authentication for staff", "false-claim", "portal/urls.py:4 the app signs users in itself (admin.site.urls), and no second factor")]
    [TestCase("node-client-timeouts-and-ids", "Timeouts on calls to the rates provider (8 seconds)", "confirmed", "src/rates.js:3 axios.create sets a timeout (timeout: 8000)")]
    [TestCase("node-client-timeouts-and-ids", "Circuit breaker in front of the rates provider", "unverified", "retries: no probe checks this control yet")]
    [TestCase("node-client-timeouts-and-ids", "Correlation IDs on every request", "confirmed", "src/trace-id.js:4 request id handled in code (x-correlation-id header)")]
    [TestCase("python-calls-without-timeouts", "Request timeouts configured for the carrier API", "false-claim", "main.py:9 requests.get: no timeout=")]
    [TestCase("python-calls-without-timeouts", "Request ID tracking with asgi-correlation-id", "false-claim", "tracing.py:5 tracing or request ids set up (CorrelationIdMiddleware): present but not wired in")]
    [TestCase("python-calls-without-timeouts", "Retry policy with exponential backoff", "open", "retries: no probe checks this control yet")]
    [TestCase("caddy-certificates-http-challenge", "SSL certificates from Let's Encrypt, renewed automatically", "confirmed", "Caddyfile:5 certificates obtained and renewed by Caddy automatic HTTPS")]
    [TestCase("caddy-certificates-http-challenge", "TLS certificates via the DNS-01 challenge", "false-claim", "Caddyfile:5 Caddy automatic HTTPS for booking.example.test uses HTTP-01 or TLS-ALPN-01 (no DNS provider configured), not DNS-01")]
    public void Scan_TruthPattern_LineHasStatusAndEvidence(string fixture, string text, string status, string evidence)
    {
        var line = Lines(fixture).Single(l => l.GetProperty("text").GetString() == text);

        Assert.That(line.GetProperty("status").GetString(), Is.EqualTo(status), Describe(line));
        Assert.That(Describe(line), Does.Contain(evidence));
    }

    [Test]
    public void Scan_ControlWithoutAProbeForTheStack_IsUnknownAndListedAsAProbeGap()
    {
        var result = Support.Cli.Run("scan", "fixtures/truth/flask-factory-package", "--format", "json", "--fail-on", "never");
        using var doc = JsonDocument.Parse(result.Stdout);

        var line = doc.RootElement.GetProperty("checklist").EnumerateArray().Single(l => l.GetProperty("line").GetInt32() == 6);
        var gap = doc.RootElement.GetProperty("probeGaps").EnumerateArray().Single(g => g.GetProperty("control").GetString() == "graceful-shutdown");
        Assert.That(line.GetProperty("status").GetString(), Is.EqualTo("unverified"));
        Assert.That(line.GetProperty("reason").GetString(), Does.Contain("probe gap: no probe checks this control for Python"));
        Assert.That(gap.GetProperty("stacks").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "Python" }));
        Assert.That(gap.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("line").GetInt32()), Is.EqualTo(new[] { 6 }));
    }

    private static readonly Dictionary<string, List<JsonElement>> Cache = new(StringComparer.Ordinal);

    private static List<JsonElement> Lines(string fixture)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(fixture, out var lines))
            {
                var result = Support.Cli.Run("scan", $"fixtures/truth/{fixture}", "--format", "json", "--fail-on", "never");
                Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
                using var doc = JsonDocument.Parse(result.Stdout);
                Cache[fixture] = lines = [.. doc.RootElement.GetProperty("checklist").EnumerateArray().Select(e => e.Clone())];
            }

            return lines;
        }
    }

    private static string Describe(JsonElement line) =>
        $"{line.GetProperty("reason").GetString()} | " + string.Join(" | ", line.GetProperty("evidence").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()}:{e.GetProperty("line").GetInt32()} {e.GetProperty("message").GetString()}"));
}
