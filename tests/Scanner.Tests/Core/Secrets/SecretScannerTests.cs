using Scanner.Core.Secrets;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Secrets;

public sealed class SecretScannerTests
{
    [TestCase("aws = 'AKIAREADYSCANFAKEKEY'", "aws-access-key-id")]
    [TestCase("t = 'ghp_ReadyScanFakeTokenNotReal0123456789a'", "github-pat")]
    [TestCase("k = 'sk_live_ReadyScanFixtureOnly1234567890'", "stripe-secret-key")]
    [TestCase("s = 'xoxb-738194025617-2950417863021-ReadyScanFakeSlackTokenQ7'", "slack-bot-token")]
    [TestCase("g = 'AIzaReadyScanFakeKeyForFixtures_0123456'", "google-api-key")]
    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----\nUmVhZHlTY2FuIGZpeHR1cmUga2V5OiBmYWtlLCBub3QgcmVhbA==\n-----END OPENSSH PRIVATE KEY-----", "private-key")]
    [TestCase("n = 'npm_ReadyScanFakeNpmTokenNotReal01234567'", "npm-token")]
    [TestCase("const apiKey = \"Zq8-fixture-4471\";", "generic-assignment")]
    [TestCase("DB = 'mysql://root:Fixture-Pa55word@db/app'", "database-url-password")]
    public void Scan_KnownFormat_FindsIt(string text, string kind)
    {
        var matches = SecretScanner.Scan(text, Language.JavaScript);

        Assert.That(matches.Select(m => m.Kind.Id), Is.EqualTo(new[] { kind }));
    }

    [TestCase("password = process.env.DB_PASSWORD")]
    [TestCase("const password = '<your-password>';")]
    [TestCase("api_key = \"${API_KEY}\"")]
    [TestCase("secret: '{{ vault.secret }}'")]
    [TestCase("token = 'xxxxxxxxxxxxxxxx'")]
    [TestCase("password = '12345678'")]
    [TestCase("password = 'changeme'")]
    [TestCase("aws = 'AKIAIOSFODNN7EXAMPLE'")]
    [TestCase("tokenHeader = 'Authorization'")]
    [TestCase("secretName = 'SESSION_SECRET'")]
    [TestCase("url = 'postgres://postgres:postgres@localhost:5432/dev'")]
    [TestCase("jwt = 'eyJhbGciOi...'")]
    [TestCase("-----BEGIN OPENSSH PRIVATE KEY-----")]
    [TestCase("id = '3f2504e0-4f89-11d3-9a0c-0305e82c3301'; client_secret = '3f2504e0-4f89-11d3-9a0c-0305e82c3301'")]
    [TestCase("password_hash = '$2b$12$ReadyScanFakeBcryptHashValueNotRealxQ9w8e7r6t5y4u3i2o1p'")]
    public void Scan_Placeholder_FindsNothing(string text)
    {
        Assert.That(SecretScanner.Scan(text, Language.JavaScript), Is.Empty);
    }

    [Test]
    public void Scan_UnquotedValueInCode_IsAReferenceNotASecret()
    {
        Assert.That(SecretScanner.Scan("API_KEY = settingsApiKeyValue9", Language.Python), Is.Empty);
        Assert.That(SecretScanner.Scan("API_KEY=settingsApiKeyValue9", Language.Env), Has.Count.EqualTo(1));
    }

    [TestCase("ENV DB_PASSWORD=Fake-ReadyScan-991", 1)]
    [TestCase("ENV LOG_LEVEL=info API_TOKEN=Fake-ReadyScan-992 SESSION_SECRET=NotReal-ReadyScan-3", 2)]
    [TestCase("ARG NPM_TOKEN Fake-ReadyScan-993", 1)]
    [TestCase("RUN DEPLOY_TOKEN=Fake-ReadyScan-994 ./setup.sh", 1)]
    [TestCase("ENV DB_PASSWORD=${DB_PASSWORD}", 0)]
    [TestCase("ARG API_TOKEN", 0)]
    public void Scan_DockerfileAssignments_FindsEveryUnquotedValue(string line, int count)
    {
        var matches = SecretScanner.Scan(line, Language.Dockerfile);

        Assert.That(matches, Has.Count.EqualTo(count));
        Assert.That(Redactor.Scrub(line, Language.Dockerfile), Does.Not.Contain("ReadyScan-99").And.Not.Contain("NotReal"));
    }
}
