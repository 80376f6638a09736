using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Every middleware class the app defines (a RequestDelegate constructor and Invoke/InvokeAsync, or IMiddleware)
/// is registered with <c>UseMiddleware&lt;T&gt;()</c> / <c>UseMiddleware(typeof(T))</c> reachable from Program.cs /
/// Startup, directly or through the app's own extension methods.
/// </summary>
public sealed class CsMiddlewareRegistered : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var registrations = app.Anywhere("UseMiddleware").SelectMany(c => CsNames.TypeArguments(c.Node).Select(t => (Type: t, Call: c))).ToList();
        var findings = new List<Finding>();
        foreach (var doc in app.WebFiles.Where(d => context.Card.Files.Matches(d.Path) && (d.Content.Contains("RequestDelegate", StringComparison.Ordinal) || d.Content.Contains("IMiddleware", StringComparison.Ordinal))))
        {
            foreach (var type in CsSyntax.Root(doc).DescendantNodes().OfType<ClassDeclarationSyntax>().Where(IsMiddleware))
            {
                var name = type.Identifier.ValueText;
                var mine = registrations.Where(r => r.Type == name).Select(r => r.Call).ToList();
                var reached = mine.Where(app.IsReachable).ToList();
                findings.AddRange(reached.Count > 0
                    ? reached.Select(c => context.Pass(c.Doc, c.Offset, $"{name} registered in the pipeline"))
                    : mine.Count > 0
                        ? mine.Select(c => CsVerdict.NotWiredIn(context, c, name))
                        : [context.Fail(doc, type.Identifier.SpanStart, $"{name} is a middleware class that is never registered (no app.UseMiddleware<{name}>()): it never runs")]);
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("the app defines no middleware classes")];
    }

    internal static bool IsMiddleware(ClassDeclarationSyntax type)
    {
        if (type.BaseList?.Types.Any(b => b.Type.ToString() == "IMiddleware") == true)
        {
            return true;
        }

        var takesNext = type.Members.OfType<ConstructorDeclarationSyntax>().Any(c => c.ParameterList.Parameters.Any(p => p.Type?.ToString() == "RequestDelegate"))
            || type.ParameterList?.Parameters.Any(p => p.Type?.ToString() == "RequestDelegate") == true;
        return takesNext && type.Members.OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText is "Invoke" or "InvokeAsync");
    }
}
