using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Responses carry security headers: a headers package applied at startup (<c>UseSecurityHeaders</c>, NWebsec's
/// <c>UseXfo</c> / <c>UseCsp</c> ...), or code that sets X-Frame-Options, X-Content-Type-Options,
/// Content-Security-Policy, Referrer-Policy or Permissions-Policy by name in a middleware or extension that
/// Program.cs / Startup reaches (<c>app.UseMiddleware&lt;SecurityHeadersMiddleware&gt;()</c>).
/// </summary>
public sealed class CsSecurityHeaders : IProbe
{
    private static readonly string[] Packages = ["UseSecurityHeaders", "UseXfo", "UseXContentTypeOptions", "UseReferrerPolicy", "UseCsp", "UseXXssProtection"];

    private static readonly HashSet<string> Headers = new(StringComparer.OrdinalIgnoreCase)
        { "X-Frame-Options", "X-Content-Type-Options", "Content-Security-Policy", "Referrer-Policy", "Permissions-Policy" };

    private static readonly Dictionary<string, string> HeaderProperties = new(StringComparer.Ordinal)
    {
        ["XFrameOptions"] = "X-Frame-Options", ["XContentTypeOptions"] = "X-Content-Type-Options", ["ContentSecurityPolicy"] = "Content-Security-Policy",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var packages = app.Anywhere(Packages);
        if (packages.Any(app.IsReachable))
        {
            return CsVerdict.Capability(context, app, packages, "security headers", "");
        }

        var findings = new List<Finding>();
        foreach (var doc in app.WebFiles)
        {
            var setting = HeaderSettings(doc).ToList();
            if (setting.Count == 0)
            {
                continue;
            }

            var wired = CsDeclared.WiredBy(app, doc);
            findings.AddRange(setting.Select(h => (wired is not null
                ? context.Pass(doc, h.At, $"{h.Header} set in {doc.Path}; wired in: {wired.Name}() at {wired.Doc.Path}:{wired.Doc.Text.LineOf(wired.Offset)}")
                : context.Fail(doc, h.At, $"{h.Header} set in {doc.Path}, but nothing Program.cs or Startup calls uses it: present but not wired in"))
                with { Subject = "header:" + h.Header.ToLowerInvariant() }));
        }

        return findings.Count > 0 ? findings
            : packages.Count > 0 ? CsVerdict.Capability(context, app, packages, "security headers", "")
            : [context.Missing("no security headers: no UseSecurityHeaders() / NWebsec, and no code sets X-Frame-Options, X-Content-Type-Options or Content-Security-Policy")];
    }

    /// <summary>Where the file names a security header in a string literal or sets a typed header property, and which.</summary>
    private static IEnumerable<(int At, string Header)> HeaderSettings(SourceDocument doc)
    {
        if (!doc.Content.Contains("-Options", StringComparison.Ordinal) && !doc.Content.Contains("Policy", StringComparison.Ordinal))
        {
            return [];
        }

        var root = CsSyntax.Root(doc);
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && Headers.Contains(l.Token.ValueText))
            .Select(l => (l.SpanStart, Headers.First(h => h.Equals(l.Token.ValueText, StringComparison.OrdinalIgnoreCase))));
        var properties = root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(m => HeaderProperties.ContainsKey(m.Name.Identifier.ValueText) && m.Parent is AssignmentExpressionSyntax a && a.Left == m)
            .Select(m => (m.Name.SpanStart, HeaderProperties[m.Name.Identifier.ValueText]));
        return literals.Concat(properties).OrderBy(h => h.Item1).DistinctBy(h => h.Item2);
    }
}
