using Scanner.Probes.Text;

namespace Scanner.Tests.Probes.Text;

public sealed class PasswordMinimumTests
{
    [TestCase("if (password.length < 8) return fail();", "password.length < 8", 8)]
    [TestCase("if (password.length >= 12) ok();", "password.length >= 12", 12)]
    [TestCase("if (password.length > 7) ok();", "password.length > 7", 8)]
    [TestCase("if (8 > body.password.length) fail();", "8 > body.password.length", 8)]
    [TestCase("password: z.string().min(10).max(64),", "password: z.string().min(", 10)]
    [TestCase("body('password').isLength({ min: 10 }),", "body('password').isLength(", 10)]
    [TestCase("    if len(password) < 12 or not re.search(r'[A-Z]', password):", "len(password) < 12", 12)]
    [TestCase("    password: str = Field(min_length=9)", "password: str = Field(min_length=9", 9)]
    public void Of_RuleWithALiteral_GivesTheMinimum(string line, string rule, int minimum) =>
        Assert.That(PasswordMinimum.Of(line, line.IndexOf(rule, StringComparison.Ordinal), rule), Is.EqualTo(minimum));

    [TestCase("const score = zxcvbn(password).score;", "zxcvbn(")]
    [TestCase("if (/[A-Z]/.test(password)) ok();", ".test(password)")]
    public void Of_RuleWithoutALength_GivesNone(string line, string rule) =>
        Assert.That(PasswordMinimum.Of(line, line.IndexOf(rule, StringComparison.Ordinal), rule), Is.Null);
}
