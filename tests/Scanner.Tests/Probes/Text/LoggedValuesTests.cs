using Scanner.Probes.Text;

namespace Scanner.Tests.Probes.Text;

public sealed class LoggedValuesTests
{
    [TestCase("f\"login for {email}\"", true, "email")]
    [TestCase("\"login for %s\", user.email", true, "user.email")]
    [TestCase("\"reset for {}\".format(reset_token)", true, "reset_token")]
    [TestCase("\"auth: \" + headers['Authorization']", true, "Authorization")]
    [TestCase("\"payload\", request.json", true, "request.json")]
    [TestCase("\"signup\", extra={\"email\": email}", true, "email")]
    [TestCase("`signup ${userEmail}`", false, "userEmail")]
    [TestCase("'credentials', { email, password }", false, "email")]
    [TestCase("'card', order.cardNumber", false, "order.cardNumber")]
    [TestCase("'body', req.body", false, "req.body")]
    public void Sensitive_ValueNamedLikePersonalOrSecretData_IsNamed(string arguments, bool python, string expected)
    {
        Assert.That(LoggedValues.Sensitive(arguments, python), Is.EqualTo(expected));
    }

    [TestCase("\"email and password checked for user %s\", user.id", true)]
    [TestCase("f\"login for {mask_email(email)}\"", true)]
    [TestCase("f\"domain {email.split('@')[1]}\"", true)]
    [TestCase("\"prefix %s\", email[:3]", true)]
    [TestCase("f\"{{email}} is a placeholder\"", true)]
    [TestCase("\"streamed\", token", true)]
    [TestCase("\"sent\", email=redact(email)", true)]
    [TestCase("`user ${user.id} changed the password`", false)]
    [TestCase("'agent', req.headers['user-agent']", false)]
    [TestCase("'count', hash(apiKey)", false)]
    [TestCase("'verified', { emailVerified: true, userId }", false)]
    public void Sensitive_ProseIdsAndMaskedValues_IsNull(string arguments, bool python)
    {
        Assert.That(LoggedValues.Sensitive(arguments, python), Is.Null);
    }
}
