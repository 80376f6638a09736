using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Apps that take forms or authenticate with cookies validate antiforgery tokens: Razor Pages (on by default),
/// the AutoValidateAntiforgeryToken filter, <c>[ValidateAntiForgeryToken]</c> on MVC POST actions, or
/// <c>UseAntiforgery()</c> for minimal APIs and Blazor. <c>[IgnoreAntiforgeryToken]</c>, <c>DisableAntiforgery()</c>
/// and unprotected POST actions on view controllers fail. A token-authenticated API is not applicable.
/// </summary>
public sealed class CsAntiforgery : IProbe
{
    private static readonly HashSet<string> Validating = new(StringComparer.Ordinal)
    {
        "ValidateAntiForgeryToken", "AutoValidateAntiforgeryToken", "ValidateAntiForgeryTokenAttribute", "AutoValidateAntiforgeryTokenAttribute",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var globalFilter = app.Pipeline.Any(c => c.Node.ToString().Contains("AutoValidateAntiforgeryToken", StringComparison.Ordinal));
        var findings = new List<Finding>();
        findings.AddRange(app.Reached("DisableAntiforgery").Select(c => context.Fail(c.Doc, c.Offset, "DisableAntiforgery(): this endpoint accepts cross-site form posts")));
        foreach (var doc in app.WebFiles.Where(d => context.Card.Files.Matches(d.Path) && (d.Content.Contains("Controller", StringComparison.Ordinal) || d.Content.Contains("Antiforgery", StringComparison.Ordinal))))
        {
            foreach (var attribute in CsSyntax.Root(doc).DescendantNodes().OfType<AttributeSyntax>().Where(a => a.Name.ToString() is "IgnoreAntiforgeryToken" or "IgnoreAntiforgeryTokenAttribute"))
            {
                findings.Add(context.Fail(doc, attribute.SpanStart, "[IgnoreAntiforgeryToken] turns token validation off"));
            }

            foreach (var action in UnprotectedPosts(doc, globalFilter))
            {
                findings.Add(context.Fail(doc, action.Identifier.SpanStart, $"{action.Identifier.ValueText} handles a form post on a view controller without [ValidateAntiForgeryToken]"));
            }
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        var protections = app.Reached("UseAntiforgery", "AddRazorPages").Concat(app.Pipeline.Where(c => c.Node.ToString().Contains("AutoValidateAntiforgeryToken", StringComparison.Ordinal)).Take(1)).ToList();
        if (protections.Count > 0)
        {
            return [.. protections.Select(c => context.Pass(c.Doc, c.Offset, c.Name == "AddRazorPages" ? "Razor Pages validate antiforgery tokens by default" : "antiforgery tokens validated"))];
        }

        var needs = app.Reached("AddControllersWithViews", "AddMvc", "AddRazorComponents", "AddCookie", "AddIdentity", "AddDefaultIdentity");
        return needs.Count > 0
            ? [.. needs.Select(c => context.Fail(c.Doc, c.Offset, $"{c.Name}() serves forms or cookie sessions but no antiforgery validation is configured"))]
            : [context.NotApplicable("no views, Razor Pages, Blazor, forms or cookie authentication: a token-authenticated API needs no antiforgery tokens")];
    }

    /// <summary>POST/PUT/PATCH/DELETE actions on classes deriving from Controller (views), with no validating attribute on them or their class.</summary>
    private static IEnumerable<MethodDeclarationSyntax> UnprotectedPosts(SourceDocument doc, bool globalFilter)
    {
        if (globalFilter)
        {
            yield break;
        }

        foreach (var type in CsSyntax.Root(doc).DescendantNodes().OfType<ClassDeclarationSyntax>().Where(t => t.BaseList?.Types.Any(b => b.Type.ToString() == "Controller") == true))
        {
            if (Attributes(type.AttributeLists).Any(Validating.Contains))
            {
                continue;
            }

            foreach (var method in type.Members.OfType<MethodDeclarationSyntax>())
            {
                var names = Attributes(method.AttributeLists).ToList();
                if (names.Any(n => n is "HttpPost" or "HttpPut" or "HttpPatch" or "HttpDelete") && !names.Any(Validating.Contains))
                {
                    yield return method;
                }
            }
        }
    }

    private static IEnumerable<string> Attributes(SyntaxList<AttributeListSyntax> lists) => lists.SelectMany(l => l.Attributes).Select(a => a.Name.ToString());
}
