using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// HTTPS enforced by hand rather than by a package: a Strict-Transport-Security header set on responses (an
/// after_request hook, a middleware), and a request hook that redirects plain HTTP to HTTPS.
/// </summary>
public static partial class PyHttpsByHand
{
    public static IEnumerable<PyHit> Hsts(SourceDocument doc) =>
        PyCode.Matches(doc, HandSetHsts(), "Strict-Transport-Security")
            .Select(m => new PyHit(doc, m.Index, $"Strict-Transport-Security set on responses ({m.Groups["age"].Value})"));

    public static IEnumerable<PyHit> Redirects(SourceDocument doc) =>
        !doc.Content.Contains("before_request", StringComparison.Ordinal) && !doc.Content.Contains(".middleware(", StringComparison.Ordinal)
            ? []
            : PyCode.Matches(doc, HookRedirect(), "http").Where(m => doc.Content.Contains("redirect", StringComparison.OrdinalIgnoreCase)).Take(1)
                .Select(m => new PyHit(doc, m.Index, "a request hook redirects plain HTTP to HTTPS"));

    // response.headers["Strict-Transport-Security"] = "max-age=31536000", headers.set(...) / setdefault(...): a header
    // the app sets by hand in an after_request hook or middleware; max-age=0 would switch HSTS off, so it needs a digit 1-9.
    [GeneratedRegex(@"\bheaders(?:\[[ \t]*|\.(?:set|setdefault|add)[ \t]*\([ \t]*)[""']Strict-Transport-Security[""'][ \t]*(?:\][ \t]*=|,)[ \t]*[fr]?[""'](?<age>max-age=[1-9][0-9]*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HandSetHstsCompiled();
    private static Regex HandSetHsts() => LinearRegex.Pick(HandSetHstsCompiled());

    // url.replace("http://", "https://", 1) or "if not request.is_secure": a before_request hook / middleware that sends
    // plain HTTP to HTTPS (the caller also asks for a redirect in the module).
    [GeneratedRegex(@"\.replace\([ \t]*[""']http://[""'][ \t]*,[ \t]*[""']https://[""']|\bnot[ \t]+request\.is_secure\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HookRedirectCompiled();
    private static Regex HookRedirect() => LinearRegex.Pick(HookRedirectCompiled());
}
