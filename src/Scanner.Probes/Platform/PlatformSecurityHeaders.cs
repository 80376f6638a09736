using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Platform;

/// <summary>
/// Security headers set by the hosting platform's config: <c>vercel.json</c> <c>headers</c>, <c>netlify.toml</c>
/// <c>[headers.values]</c>, and <c>_headers</c> files (Netlify, Cloudflare Pages). Each security header set passes
/// at its line; a value that switches the protection off (HSTS <c>max-age=0</c>, X-Frame-Options <c>ALLOWALL</c>,
/// X-Content-Type-Options other than <c>nosniff</c>) fails there. A platform config without any of them says
/// nothing about headers set elsewhere, so it is not applicable.
/// </summary>
public sealed partial class PlatformSecurityHeaders : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var files = 0;
        foreach (var doc in context.Documents())
        {
            files++;
            foreach (Match m in Header().Matches(doc.Content))
            {
                var name = m.Groups["name"].Value.ToLowerInvariant();
                var value = m.Groups["value"].Value.Trim();
                findings.Add((Weakened(name, value) is { } why
                    ? context.Fail(doc, m.Index, $"{Canonical(name)} set to '{value}' in {FileName(doc)}: {why}")
                    : context.Pass(doc, m.Index, $"{Canonical(name)} set by the platform config ({FileName(doc)})")) with { Subject = "header:" + name });
            }
        }

        return findings.Count > 0 ? findings
            : [context.NotApplicable(files == 0 ? "no vercel.json, netlify.toml or _headers file" : "the platform config sets no security header")];
    }

    private static string? Weakened(string name, string value) => name switch
    {
        "strict-transport-security" when MaxAgeZero().IsMatch(value) => "max-age=0 tells browsers to forget HTTPS-only",
        "x-frame-options" when value.Equals("ALLOWALL", StringComparison.OrdinalIgnoreCase) => "any site may frame the pages",
        "x-content-type-options" when !value.Equals("nosniff", StringComparison.OrdinalIgnoreCase) => "only 'nosniff' stops MIME sniffing",
        _ => null,
    };

    private static string Canonical(string name) => string.Join('-', name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    private static string FileName(SourceDocument doc) => doc.Path[(doc.Path.LastIndexOf('/') + 1)..];

    // vercel.json: "key": "X-Frame-Options", "value": "DENY"; netlify.toml: X-Frame-Options = "DENY";
    // _headers: "  X-Frame-Options: DENY". The value is what follows on the same line.
    [GeneratedRegex(
        @"(?:""key""[ \t]*:[ \t]*""(?<name>content-security-policy|strict-transport-security|x-frame-options|x-content-type-options|referrer-policy|permissions-policy)""[ \t]*,[ \t\r\n]*""value""[ \t]*:[ \t]*""(?<value>[^""\r\n]*)""" +
        @"|^[ \t]*""?(?<name>content-security-policy|strict-transport-security|x-frame-options|x-content-type-options|referrer-policy|permissions-policy)""?[ \t]*[=:][ \t]*""?(?<value>[^""\r\n]*))",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex HeaderCompiled();
    private static Regex Header() => LinearRegex.Pick(HeaderCompiled());

    [GeneratedRegex(@"max-age[ \t]*=[ \t]*0\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex MaxAgeZeroCompiled();
    private static Regex MaxAgeZero() => LinearRegex.Pick(MaxAgeZeroCompiled());
}
