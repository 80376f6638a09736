using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The app drains in-flight work on SIGTERM. The generic host does so on its own (its console lifetime stops the
/// server and waits for requests up to <c>HostOptions.ShutdownTimeout</c>), so a web app passes; the pass points
/// at an explicit <c>ShutdownTimeout</c> / <c>UseShutdownTimeout</c>, an <c>ApplicationStopping</c> registration
/// or a hosted service's <c>StopAsync</c> when there is one. A timeout set in wired-in code to under five
/// seconds cuts requests off and fails.
/// </summary>
public sealed class CsGracefulShutdown : IProbe
{
    private const double ShortestDrainSeconds = 5;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var reachable = app.Pipeline.Select(c => c.Node).ToHashSet();
        var passes = new List<Finding>();
        var fails = new List<Finding>();
        foreach (var doc in app.WebFiles.Where(d => context.Card.Files.Matches(d.Path)))
        {
            if (!doc.Content.Contains("ShutdownTimeout", StringComparison.Ordinal) && !doc.Content.Contains("ApplicationStopping", StringComparison.Ordinal)
                && !doc.Content.Contains("StopAsync", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (node, timeout) in Timeouts(doc).Where(t => Runs(app, reachable, doc, t.Node)))
            {
                var seconds = Seconds(timeout);
                var shown = seconds is { } s ? s.ToString("0.###", CultureInfo.InvariantCulture) + " s" : "a value read at run time";
                if (seconds < ShortestDrainSeconds)
                {
                    fails.Add(context.Fail(doc, node.SpanStart, $"the shutdown timeout is {shown}: on SIGTERM in-flight requests are cut off after it"));
                }
                else
                {
                    passes.Add(context.Pass(doc, node.SpanStart, $"the host drains in-flight requests on SIGTERM for up to {shown} (shutdown timeout set)"));
                }
            }

            passes.AddRange(Hooks(doc).Where(h => Runs(app, reachable, doc, h.Node))
                .Select(h => context.Pass(doc, h.Node.SpanStart, $"{h.What} runs on shutdown; the host drains requests on SIGTERM (default timeout 30 s on .NET 6+)")));
        }

        if (fails.Count > 0 || passes.Count > 0)
        {
            return fails.Count > 0 ? fails : passes;
        }

        var run = app.Reached("Run", "RunAsync", "Build");
        var at = run.Count > 0 ? run[^1] : app.Pipeline[0];
        return [context.Pass(at.Doc, at.Offset, "the ASP.NET Core host stops on SIGTERM and drains in-flight requests (default shutdown timeout: 30 s on .NET 6+, 5 s before); nothing shortens it")];
    }

    /// <summary><c>ShutdownTimeout = x</c> assignments and <c>UseShutdownTimeout(x)</c> calls, with x.</summary>
    private static IEnumerable<(SyntaxNode Node, ExpressionSyntax Value)> Timeouts(SourceDocument doc) =>
        CsSyntax.Root(doc).DescendantNodes().Select(n => n switch
        {
            AssignmentExpressionSyntax a when Named(a.Left) == "ShutdownTimeout" => (n, a.Right),
            InvocationExpressionSyntax i when CsNames.Name(i) == "UseShutdownTimeout" && i.ArgumentList.Arguments.Count == 1 => (n, i.ArgumentList.Arguments[0].Expression),
            _ => ((SyntaxNode, ExpressionSyntax)?)null,
        }).OfType<(SyntaxNode, ExpressionSyntax)>();

    /// <summary>Shutdown work the app adds: <c>ApplicationStopping.Register</c>, a <c>StopAsync</c> override or implementation.</summary>
    private static IEnumerable<(SyntaxNode Node, string What)> Hooks(SourceDocument doc) =>
        CsSyntax.Root(doc).DescendantNodes().Select(n => n switch
        {
            InvocationExpressionSyntax i when CsNames.Name(i) == "Register" && i.Expression.ToString().Contains("ApplicationStopping", StringComparison.Ordinal) => (n, "ApplicationStopping.Register"),
            MethodDeclarationSyntax m when m.Identifier.ValueText == "StopAsync" && (m.Body is not null || m.ExpressionBody is not null) && m.Parent is ClassDeclarationSyntax => (n, "a hosted service's StopAsync"),
            _ => ((SyntaxNode, string)?)null,
        }).OfType<(SyntaxNode, string)>();

    private static string Named(ExpressionSyntax target) => target switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        IdentifierNameSyntax i => i.Identifier.ValueText,
        _ => "",
    };

    /// <summary>
    /// Code in a call Program.cs / Startup reaches, top-level code of an entry file, or a hosted service's method
    /// (the host calls it once the service is registered with AddHostedService).
    /// </summary>
    private static bool Runs(CsApp app, HashSet<InvocationExpressionSyntax> reachable, SourceDocument doc, SyntaxNode node)
    {
        if (node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().Any(reachable.Contains))
        {
            return true;
        }

        if (node is MethodDeclarationSyntax { Parent: ClassDeclarationSyntax type })
        {
            var name = type.Identifier.ValueText;
            return app.Reached("AddHostedService", "AddSingleton").Any(c => CsNames.TypeArguments(c.Node).Contains(name, StringComparer.Ordinal));
        }

        return app.EntryFiles.Contains(doc.Path) && !node.Ancestors().Any(a => a is MethodDeclarationSyntax or LocalFunctionStatementSyntax);
    }

    /// <summary>The duration in seconds when written as a literal (<c>TimeSpan.FromSeconds(10)</c>, <c>TimeSpan.Zero</c>); else null.</summary>
    private static double? Seconds(ExpressionSyntax value)
    {
        if (value.ToString() is "TimeSpan.Zero" or "default")
        {
            return 0;
        }

        if (value is not InvocationExpressionSyntax { ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax literal }] } call
            || !literal.IsKind(SyntaxKind.NumericLiteralExpression) || !double.TryParse(literal.Token.ValueText, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return CsNames.Name(call) switch
        {
            "FromMilliseconds" => n / 1000,
            "FromSeconds" => n,
            "FromMinutes" => n * 60,
            _ => null,
        };
    }
}
