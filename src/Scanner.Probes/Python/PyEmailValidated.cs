using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// E-mail addresses are format-checked in code the app entry reaches: a library rule (pydantic <c>EmailStr</c>,
/// email-validator's <c>validate_email</c>, WTForms <c>Email()</c>, Django's <c>EmailField</c> or
/// <c>validate_email</c>/<c>EmailValidator</c>, marshmallow <c>fields.Email</c>) or a regex holding an <c>@</c> applied to
/// an e-mail; the evidence names which, since a regex proves a format check, not a standard. Only in modules nothing
/// imports it fails as not wired in. An app that reads an e-mail from requests (a form or JSON field, a request model
/// field typed <c>str</c>) with none of these and no e-mail check named otherwise fails (closed world); a check named
/// otherwise is undecided; no e-mail read is not applicable.
/// </summary>
public sealed partial class PyEmailValidated : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => (PyPaths.IsAppCode(d.Path) || PyPaths.IsSetAside(d.Path)) && IgnoreCaseSearch.Contains(d.Content, "email")).ToList();
        var hits = docs.SelectMany(d => PyCode.Matches(d, Library(), "mail").Select(m => new PyHit(d, m.Index, $"e-mail format checked by a validation library ({Snippet.Of(m.Value.TrimEnd('(', ' ', '\t'), 60)})"))
            .Concat(PyCode.Matches(d, Pattern(), "re").Select(m => new PyHit(d, m.Index, $"e-mail format checked by a regex ({Snippet.Of(m.Value, 60)})")))).ToList();
        if (hits.Count > 0)
        {
            return PyVerdict.Capability(context, graph, hits, "");
        }

        var reads = docs.Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path))
            .SelectMany(d => PyCode.MatchesOutsideComments(d, Read(), "mail").Take(1).Select(m => new PyHit(d, m.Index, Snippet.Of(m.Value.Trim(), 60)))).ToList();
        if (reads.Count == 0)
        {
            return [context.NotApplicable("no request handler or request model reads an e-mail address")];
        }

        var named = docs.SelectMany(d => PyCode.Matches(d, Named(), "mail").Take(1).Select(m => new PyHit(d, m.Index, m.Value))).FirstOrDefault();
        return named is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Offset, $"code names an e-mail check ({Snippet.Of(named.What, 40)}), but no format rule this probe recognises was found")]
            : [.. reads.Take(3).Select(h => context.Fail(h.Doc, h.Offset,
                $"an e-mail address is read from the request ({h.What}), and nothing checks its format: no EmailStr, validate_email, Email(), EmailField, fields.Email or regex with '@' (searched {docs.Count} module(s) that mention e-mail)"))];
    }

    // email: EmailStr, validate_email(address), validators=[DataRequired(), Email()], forms.EmailField(), EmailValidator(),
    // fields.Email(required=True), validate.Email().
    [GeneratedRegex(@"\b(?:EmailStr|NameEmail)\b|\bvalidate_email[ \t]*\(|\bEmail(?:Field|Validator)[ \t]*\(|\bfields\.Email\b|\bvalidate\.Email[ \t]*\(|\bvalidators[ \t]*=[ \t]*\[[^\]\n]{0,200}\bEmail[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LibraryCompiled();
    private static Regex Library() => LinearRegex.Pick(LibraryCompiled());

    // EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$"), re.match(r"[^@]+@[^@]+\.[^@]+", email), re.fullmatch(EMAIL_PATTERN, value).
    [GeneratedRegex(
        @"\b\w*(?:email|EMAIL|Email)\w*[ \t]*=[ \t]*re\.compile[ \t]*\([ \t]*[rR]?['""][^'""\n]{0,200}@|\bre\.(?:match|fullmatch|search)[ \t]*\([ \t]*(?:[rR]?['""][^'""\n]{0,200}@[^'""\n]{0,200}['""][ \t]*,[ \t]*[\w.\[\]'""]*(?:email|Email)|\w*(?:EMAIL|[Ee]mail)\w*[ \t]*,)",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PatternCompiled();
    private static Regex Pattern() => LinearRegex.Pick(PatternCompiled());

    // request.form["email"], request.json.get("email"), data.get("email"), payload["email"], and a request model's
    // `email: str` field.
    [GeneratedRegex(
        @"\brequest\.(?:form|json|args|values|data|POST|GET|get_json\(\))[^\n]{0,40}['""]email['""]|\b\w*(?:data|body|payload|json)\w*(?:\.get)?[ \t]*[\[(][ \t]*['""]email['""]|^[ \t]+email[ \t]*:[ \t]*(?:str|Optional\[str\]|str[ \t]*\|[ \t]*None)[ \t]*(?:=[^\n]{0,80})?$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ReadCompiled();
    private static Regex Read() => LinearRegex.Pick(ReadCompiled());

    // validate_address_format, EMAIL_PATTERN, is_valid_email, and any regex holding an '@' (applied to what, unseen).
    [GeneratedRegex(@"(?i:valid)\w{0,20}(?i:email)|(?i:email)\w{0,20}(?i:valid|regex|pattern|format|_re\b)|\bre\.(?:compile|match|fullmatch|search)[ \t]{0,4}\([ \t]{0,4}[rR]?['""][^'""\n]{0,200}@", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
