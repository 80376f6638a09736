using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// No <c>Console.Write</c>/<c>WriteLine</c> (or Console.Out / Console.Error) in an ASP.NET Core app's shipped code.
/// Console programs, tests and samples are left out: writing to the console is what a CLI is for.
/// </summary>
public sealed class CsNoConsoleWrite : IProbe
{
    private static readonly HashSet<string> Receivers = new(StringComparer.Ordinal)
    {
        "Console", "System.Console", "Console.Out", "Console.Error", "System.Console.Out", "System.Console.Error",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var files = new List<string>();
        foreach (var doc in app.WebFiles.Where(d => context.Card.Files.Matches(d.Path)))
        {
            files.Add(doc.Path);
            if (!doc.Content.Contains("Console", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var call in CsSyntax.Root(doc).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (CsNames.Name(call) is "Write" or "WriteLine" && Receivers.Contains(CsNames.Receiver(call)))
                {
                    findings.Add(context.Fail(doc, call.SpanStart, "console output in a web app: unstructured, unleveled and outside the logging pipeline; use ILogger"));
                }
            }
        }

        return findings.Count > 0 ? findings : [context.Searched(files, $"no Console.Write/WriteLine in {files.Count} web app file(s)")];
    }
}
