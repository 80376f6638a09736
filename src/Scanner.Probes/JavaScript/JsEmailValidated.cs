using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// E-mail addresses are format-checked in wired-in code: a library rule (zod <c>.email()</c>/<c>z.email()</c>, yup or
/// joi <c>.email()</c>, class-validator <c>@IsEmail</c>, validator.js or express-validator <c>isEmail</c>, Sequelize
/// <c>isEmail: true</c>) or a regex holding an <c>@</c> applied to an e-mail (tested on it, a zod <c>.regex</c>, a
/// Mongoose <c>match</c>); the evidence names which, since a regex proves a format check, not a standard. Only in code
/// nothing runs it fails as not wired in. Server code that reads an e-mail from requests with none of these and no
/// e-mail check named otherwise fails (closed world); a check named otherwise is undecided; no e-mail read is not
/// applicable.
/// </summary>
public sealed partial class JsEmailValidated : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var product = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path) && IgnoreCaseSearch.Contains(d.Content, "email")).ToList();
        var checks = product.SelectMany(Checks).ToList();
        var judged = Wiring.Judge(context, graph, checks, "e-mail format check");
        if (judged.Count > 0)
        {
            return judged;
        }

        var reads = product.Where(d => graph.IsWired(d.Path) && !JsCode.IsBrowserCode(d))
            .SelectMany(d => JsCode.Matches(d, Read(), "mail").Take(1).Select(m => new JsEvidence(d, m.Index, Snippet.Of(m.Value, 60)))).ToList();
        if (reads.Count == 0)
        {
            return [context.NotApplicable("no wired-in server code reads an e-mail address from a request")];
        }

        var named = product.SelectMany(d => JsCode.Matches(d, Named(), "").Take(1).Select(m => new JsEvidence(d, m.Index, m.Value)))
            .Concat(product.SelectMany(d => LooseRegex().Matches(d.Content).Where(m => d.Regions.KindAt(m.Index) == RegionKind.String).Take(1).Select(m => new JsEvidence(d, m.Index, m.Value)))).FirstOrDefault();
        return named is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, $"code names an e-mail check ({Snippet.Of(named.What, 40)}), but no format rule this probe recognises was found")]
            : [.. reads.Take(3).Select(e => context.Fail(e.Doc, e.Offset,
                $"an e-mail address is read from the request ({e.What}), and nothing checks its format: no zod/yup/joi .email(), isEmail, @IsEmail or regex with '@' (searched {product.Count} module(s) that mention e-mail)"))];
    }

    private static IEnumerable<JsEvidence> Checks(SourceDocument doc)
    {
        foreach (var m in JsCode.Matches(doc, Library(), "mail"))
        {
            var name = m.Value[0] == '@' ? m.Index + 1 : m.Index;
            var declared = m.Value.EndsWith('(') && !m.Value.StartsWith('.') && !JsCode.IsCall(doc, name, m.Index + m.Length - 1);
            if (!declared && !doc.Content.AsSpan(0, m.Index).TrimEnd().EndsWith("internet", StringComparison.Ordinal))
            {
                yield return new JsEvidence(doc, m.Index, $"e-mail format checked by a validation library ({Snippet.Of(m.Value.TrimEnd('(', ' '), 60)})");
            }
        }

        // A regex literal is a string region to the lexer, so a match may start in one; only comments are left out.
        foreach (var m in Pattern().Matches(doc.Content).Where(m => doc.Regions.KindAt(m.Index) != RegionKind.Comment))
        {
            yield return new JsEvidence(doc, m.Index, $"e-mail format checked by a regex ({Snippet.Of(m.Value, 60)})");
        }
    }

    // z.string().email(), z.email(), yup.string().email('...'), Joi.string().email({ ... }), @IsEmail(), isEmail(value),
    // body('email').isEmail(), validate: { isEmail: true }, validate: validator.isEmail. faker's internet.email() is not one.
    [GeneratedRegex(@"\.\s*email\s*\(\s*(?:\)|['""`{])|\bz\s*\.\s*email\s*\(|@?\b[Ii]sEmail\s*\(|\bisEmail\s*:\s*true\b|\bvalidator\s*\.\s*isEmail\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LibraryCompiled();
    private static Regex Library() => LinearRegex.Pick(LibraryCompiled());

    // /^[^\s@]+@[^\s@]+$/.test(email), EMAIL_REGEX.test(body.email), email.match(/.+@.+/), email: z.string().regex(/^\S+@\S+$/),
    // email: { type: String, match: [/.+@.+\..+/, 'invalid e-mail'] }; a password rule's /[!@#]/ is not one.
    [GeneratedRegex(
        @"/[^/\n]{0,120}@[^/\n]{0,120}/[a-z]{0,6}\s*\.\s*test\s*\(\s*[\w$.]*(?:email|Email)|\b[\w$]*(?:email|Email|EMAIL)[\w$]*(?:regex|Regex|REGEX|pattern|Pattern|PATTERN|_RE|Re|RE)\w*\s*\.\s*test\s*\(" +
        @"|\b[\w$.]*(?:email|Email)\s*\.\s*match\s*\(\s*/[^/\n]{0,120}@|\bemail\s*:[^\n]{0,80}\.\s*(?:regex|matches)\s*\(\s*/[^/\n]{0,120}@|\bemail\s*:\s*\{[^}\n]{0,120}\bmatch\s*:\s*\[?\s*/[^/\n]{0,120}@",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PatternCompiled();
    private static Regex Pattern() => LinearRegex.Pick(PatternCompiled());

    // req.body.email, const { email, password } = req.body, body.email after request.json(), email: req.body.email.
    [GeneratedRegex(@"\b(?:req|request|ctx\.request)\s*\.\s*body\s*\.\s*email\b|\{[^}\n]{0,120}\bemail\b[^}\n]{0,120}\}\s*=\s*(?:await\s+)?(?:req|request|ctx\.request)\s*\.\s*(?:body\b|json\s*\()|\bbody\s*\.\s*email\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ReadCompiled();
    private static Regex Read() => LinearRegex.Pick(ReadCompiled());

    // validateEmail, isValidEmail, emailSchema, EMAIL_PATTERN, checkEmailFormat: an e-mail check under another shape.
    [GeneratedRegex(@"(?i:valid)\w{0,20}(?:Email|EMAIL|email)|(?:email|Email|EMAIL)\w{0,20}(?:Valid|valid|VALID|Regex|regex|REGEX|Pattern|pattern|PATTERN|Format|format|Schema|schema|_RE\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // Any regex literal holding an '@': what it is applied to is not seen, so it keeps absence open.
    [GeneratedRegex(@"/\^?[^/\n]{0,120}@[^/\n]{0,120}\$?/[gimsuy]{0,6}\s{0,4}[.,;)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex LooseRegex();
}
