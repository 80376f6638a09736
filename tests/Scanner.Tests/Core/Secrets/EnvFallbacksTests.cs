using Scanner.Core.Secrets;

namespace Scanner.Tests.Core.Secrets;

public sealed class EnvFallbacksTests
{
    [TestCase("""app.secret_key = os.environ.get("FLASK_SECRET", "kitten-fallback")""", "kitten-fallback")]
    [TestCase("""pw = os.environ.get("MAIL_PASSWORD", default="hunter2-fb")""", "hunter2-fb")]
    [TestCase("""token = os.getenv('API_TOKEN', 'weak1')""", "weak1")]
    [TestCase("""const key = process.env.API_KEY || 'dev-key-1';""", "dev-key-1")]
    [TestCase("""const s = process.env["SESSION_SECRET"] ?? `dev-secret`;""", "dev-secret")]
    [TestCase("""var pw = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "Local-Pw-1";""", "Local-Pw-1")]
    [TestCase("""      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-compose-pw}""", "compose-pw")]
    public void Redact_CredentialNamedFallback_HidesTheValue(string line, string value)
    {
        var redacted = EnvFallbacks.Redact(line);

        Assert.That(redacted, Does.Not.Contain(value));
        Assert.That(redacted, Does.Contain($"…({value.Length} chars)"));
    }

    [TestCase("""port = int(os.environ.get("PORT", "8080"))""")]
    [TestCase("""const level = process.env.LOG_LEVEL || 'info';""")]
    [TestCase("""url = os.environ.get("TOKEN_URL", "https://auth.example.test/token")""")]
    [TestCase("""image: postgres:${PG_VERSION:-16}""")]
    public void Redact_OrdinaryFallback_LeavesTheLineAlone(string line)
    {
        Assert.That(EnvFallbacks.Redact(line), Is.EqualTo(line));
    }
}
