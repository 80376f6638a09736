using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// CORS policies reachable from Program.cs / Startup name their origins: <c>AllowAnyOrigin()</c>,
/// <c>WithOrigins("*")</c> or <c>SetIsOriginAllowed(_ =&gt; true)</c> fail, worse with <c>AllowCredentials()</c>.
/// An app with no CORS policy answers same-origin requests only.
/// </summary>
public sealed class CsCorsRestricted : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        foreach (var call in app.Reached("AllowAnyOrigin", "WithOrigins", "SetIsOriginAllowed"))
        {
            var policy = call.Node.Ancestors().OfType<InvocationExpressionSyntax>().LastOrDefault(a => a.Span.Contains(call.Node.Span))?.ToString() ?? call.Node.ToString();
            var credentials = policy.Contains("AllowCredentials", StringComparison.Ordinal) ? "; with AllowCredentials any site can make logged-in requests and read the answers" : "";
            var anyOrigin = call.Name == "AllowAnyOrigin"
                || (call.Name == "WithOrigins" && call.Node.ArgumentList.Arguments.Any(a => a.ToString() == "\"*\""))
                || (call.Name == "SetIsOriginAllowed" && call.Node.ArgumentList.Arguments.Any(a => a.Expression is LambdaExpressionSyntax { ExpressionBody: LiteralExpressionSyntax l } && l.Token.ValueText == "true"));
            findings.Add(anyOrigin
                ? context.Fail(call.Doc, call.Offset, $"CORS policy allows every origin ({call.Name}){credentials}")
                : context.Pass(call.Doc, call.Offset, "CORS policy names its origins"));
        }

        return findings.Count > 0 ? findings : [context.Searched(app.EntryFiles, "no CORS policy in the pipeline: browsers allow same-origin requests only")];
    }
}
