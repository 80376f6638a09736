using Scanner.Checklist.Claims.Artifacts;

namespace Scanner.Tests.Checklist.Claims.Artifacts;

public sealed class EnvSourcedTests
{
    [TestCase("SendGrid API key in environment variable", "SendGrid API key")]
    [TestCase("Database credentials in environment variables", "Database credentials")]
    [TestCase("Database URL from env vars", "Database URL")]
    [TestCase("The Twilio auth token is stored in an environment variable", "Twilio auth token")]
    public void Named_ASubjectFromTheEnvironment_IsFound(string line, string subject)
    {
        var named = EnvSourced.Named(line);

        Assert.That(named.Select(n => n.Display), Does.Contain(subject).Or.Contain("The " + subject));
    }

    [TestCase("All secrets in environment variables")]
    [TestCase("Sensitive configuration from environment variables")]
    [TestCase("API keys via environment variables")]
    [TestCase("Rate limiting enabled on the API")]
    public void Named_GenericOrNoSubject_NamesNothing(string line) =>
        Assert.That(EnvSourced.Named(line), Is.Empty);

    [Test]
    public void Variable_ConfigKeyBesideTheRead_PicksTheVariableRead()
    {
        var groups = EnvSourced.Named("Database URL from environment variable")[0].Groups;

        var name = EnvSourced.Variable("app.config[\"SQLALCHEMY_DATABASE_URI\"] = os.environ[\"DATABASE_URL\"]", groups);

        Assert.That(name, Is.EqualTo("DATABASE_URL"));
    }

    [TestCase("const key = process.env.MAILER_KEY || 'dev-key';", true)]
    [TestCase("key = os.getenv(\"MAILER_KEY\", \"unset\")", true)]
    [TestCase("key = os.environ[\"MAILER_KEY\"]", false)]
    public void FallsBack_LiteralDefault_IsSeen(string line, bool expected) =>
        Assert.That(EnvSourced.FallsBack(line), Is.EqualTo(expected));
}
