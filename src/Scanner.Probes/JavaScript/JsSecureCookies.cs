using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Session cookies set in wired-in code (express-session, cookie-session, <c>res.cookie</c> of a session or token)
/// are <c>secure</c>, not readable by scripts (<c>httpOnly</c> left on) and not <c>sameSite: 'none'</c>.
/// </summary>
public sealed partial class JsSecureCookies : IProbe
{
    private static readonly HashSet<string> Sessions = new(StringComparer.Ordinal) { "express-session", "cookie-session" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)))
        {
            var names = JsPackages.NamesIn(graph, doc.Path, Sessions);
            if (names.Count == 0 && !doc.Content.Contains(".cookie", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var m in JsCode.Matches(doc, Call(), "("))
            {
                var open = m.Index + m.Length - 1;
                var isSession = names.Contains(m.Groups["name"].Value) && m.Groups["member"].Length == 0;
                var isAuthCookie = m.Groups["member"].Value == "cookie" && AuthCookieName().IsMatch(JsCode.ArgumentText(doc, open));
                if (isSession || isAuthCookie)
                {
                    findings.Add(Judge(context, doc, m.Index, JsCode.ArgumentText(doc, open), isSession ? "session cookie" : "auth cookie"));
                }
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no session or auth cookie is set in wired-in code")];
    }

    private static Finding Judge(ProbeContext context, SourceDocument doc, int at, string arguments, string what)
    {
        var options = JsProperty.Value(arguments, "cookie") is { } nested && nested.StartsWith('{') ? nested : arguments;
        var secure = JsProperty.Value(options, "secure");
        if (JsProperty.Value(options, "httpOnly") is "false" or "!1")
        {
            return context.Fail(doc, at, $"{what} sets httpOnly: false: any script on the page (and any XSS) can read it");
        }

        if (JsProperty.Value(options, "sameSite") is { } sameSite && sameSite.Trim('\'', '"', '`').Equals("none", StringComparison.OrdinalIgnoreCase)
            && !JsProperty.IsTrue(secure))
        {
            return context.Fail(doc, at, $"{what} is sameSite: 'none' without secure: browsers send it on every cross-site request");
        }

        return secure is null or "false" or "!1"
            ? context.Fail(doc, at, $"{what} is not marked secure ({(secure is null ? "secure not set" : $"secure: {secure}")}): it travels over plain HTTP")
            : context.Pass(doc, at, $"{what} is secure ({secure}) and httpOnly");
    }

    [GeneratedRegex(@"\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*(?<member>cookie)\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());

    [GeneratedRegex(@"^\s*['""`][^'""`]*(?:sess|token|auth|jwt|sid)[^'""`]*['""`]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AuthCookieNameCompiled();
    private static Regex AuthCookieName() => LinearRegex.Pick(AuthCookieNameCompiled());
}
