using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A password length or strength rule runs: a length comparison on a password, a schema minimum on a password
/// field, express-validator's isLength/isStrongPassword, character-class tests or zxcvbn, in wired-in code. A rule only
/// in files nothing imports fails as not wired in; no rule found is left undecided (an identity provider, an HTML
/// minlength, a rule this probe does not recognise), and code that never handles a password is not applicable.
/// </summary>
public sealed partial class JsPasswordPolicy : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var product = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        if (!product.Exists(d => IgnoreCaseSearch.Contains(d.Content, "password")))
        {
            return [context.NotApplicable("no code handles a password")];
        }

        var rules = product.SelectMany(d => JsCode.Matches(d, Rule(), "assword").Concat(JsCode.Matches(d, Rule(), "zxcvbn")).DistinctBy(m => m.Index)
            .Where(m => !m.Value.Contains("hash", StringComparison.OrdinalIgnoreCase))
            .Select(m => (Evidence: new JsEvidence(d, m.Index, $"password rule ({Snippet.Of(m.Value, 60)})"), Minimum: PasswordMinimum.Of(d.Content, m.Index, m.Value)))).ToList();
        var judged = Wiring.Judge(context, graph, rules.Select(r => r.Evidence), "password rule");
        foreach (var (e, minimum) in rules.Where(r => r.Minimum is not null))
        {
            context.EmitWherePassed(judged, PasswordMinimum.Fact(e.Doc, e.Offset, minimum!.Value));
        }

        return judged.Count > 0
            ? judged
            : [context.Inconclusive("passwords are handled, but no length or strength rule was found (sign-up may be delegated to an identity provider, or the rule written in a way this probe does not recognise)")];
    }

    // A threshold of 0 or 1 only checks that a password was sent, and a hash's length is not a rule on the password.
    // password.length < 8, 8 > password.length, password: z.string().min(8), body('password').isLength(...),
    // isStrongPassword(...), /[A-Z]/.test(password), zxcvbn(password).
    [GeneratedRegex(
        @"[Pp]assword\w*\s*\.\s*length\s*[<>]=?\s*(?:[2-9]|[1-9]\d)|(?:^|[^\d\n])(?:[2-9]|[1-9]\d)\s*[<>]=?\s*(?:[\w$]+\s*\.\s*)*\w*[Pp]assword\w*\s*\.\s*length\b" +
        @"|[Pp]assword\w*['""]?\s*:\s*(?:z|yup|Joi|joi|v|vine)\s*\.\s*string\s*\([^\n]{0,200}?\.\s*(?:min|minLength|regex|matches|pattern)\s*\(" +
        @"|\bbody\s*\(\s*['""]\w*[Pp]assword\w*['""]\s*\)\s*\.\s*isLength\s*\(|\bisStrongPassword\s*\(|@IsStrongPassword\s*\(" +
        @"|\.\s*test\s*\(\s*(?:[\w$]+\s*\.\s*)*\w*[Pp]assword\w*\s*\)|\bzxcvbn\w*\s*\(",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RuleCompiled();
    private static Regex Rule() => LinearRegex.Pick(RuleCompiled());
}
