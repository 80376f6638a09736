using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A server that listens also handles SIGTERM by closing it (<c>server.close()</c>, <c>app.close()</c>, terminus,
/// http-terminator, close-with-grace), in wired-in code. A handler that only exits, or only SIGINT, is not enough.
/// </summary>
public sealed partial class JsGracefulShutdown : IProbe
{
    private static readonly HashSet<string> ShutdownPackages = new(StringComparer.Ordinal)
    {
        "@godaddy/terminus", "http-terminator", "close-with-grace", "lightship", "stoppable", "http-graceful-shutdown",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var wired = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)).ToList();
        var listens = wired.SelectMany(d => JsCode.Matches(d, Listen(), "listen").Select(m => new JsEvidence(d, m.Index, "server listens"))).ToList();
        if (listens.Count == 0)
        {
            return [context.NotApplicable("no wired-in code starts a server with .listen() (Next.js and serverless platforms handle shutdown)")];
        }

        var findings = wired.SelectMany(d => Handlers(context, graph, d)).ToList();
        findings.AddRange(JsPackages.Imports(graph, ShutdownPackages).Where(i => graph.IsWired(i.Doc.Path)).Select(i =>
            context.Pass(i.Doc, i.Import.Offset, $"graceful shutdown via {JsImports.PackageOf(i.Import.Specifier)}; wired in: {graph.Explain(i.Doc.Path)}")));
        if (findings.Count > 0)
        {
            return findings;
        }

        var unwired = graph.Modules.Where(d => !graph.IsWired(d.Path) && context.Card.Files.Matches(d.Path))
            .SelectMany(d => JsCode.LiteralMatches(d, SigTerm(), "SIGTERM").Select(m => new JsEvidence(d, m.Index, ""))).ToList();
        return unwired.Count > 0
            ? unwired.Select(e => Wiring.NotWired(context, graph, e, "SIGTERM handler"))
            : listens.Select(l => context.Fail(l.Doc, l.Offset, "server listens but nothing handles SIGTERM: deploys and scale-downs drop in-flight requests"));
    }

    private static IEnumerable<Finding> Handlers(ProbeContext context, ModuleGraph graph, SourceDocument doc)
    {
        var sigterm = JsCode.LiteralMatches(doc, SigTerm(), "SIGTERM").Count > 0;
        foreach (var m in JsCode.Matches(doc, Signal(), "SIG"))
        {
            var args = JsCode.Arguments(doc, m.Index + m.Length - 1).Select(a => doc.Content[a.Start..a.End].Trim()).ToList();
            var signal = SignalOf(args.FirstOrDefault() ?? "", sigterm);
            if (signal is null)
            {
                continue;
            }

            var body = HandlerBody(graph, doc, args.ElementAtOrDefault(1) ?? "");
            if (!sigterm)
            {
                yield return context.Fail(doc, m.Index, $"only {signal} is handled; Docker and Kubernetes stop containers with SIGTERM");
            }
            else if (Closes().IsMatch(body))
            {
                yield return context.Pass(doc, m.Index, $"{signal} handler closes the server; wired in: {graph.Explain(doc.Path)}");
            }
            else if (signal == "SIGTERM")
            {
                yield return context.Fail(doc, m.Index, "SIGTERM handler does not close the server, so in-flight requests are cut off");
            }
        }
    }

    /// <summary>'SIGTERM' or 'SIGINT' as written, or a variable (<c>signals.forEach(s => process.on(s, ...))</c>) when the file names SIGTERM.</summary>
    private static string? SignalOf(string first, bool fileNamesSigterm) =>
        JsCode.StringValue(first) is { } literal
            ? literal is "SIGTERM" or "SIGINT" ? literal : null
            : fileNamesSigterm && first.Length > 0 && first.All(c => char.IsLetterOrDigit(c) || c is '_' or '$') ? "SIGTERM" : null;

    /// <summary>An inline handler's text, or the body of the named function in this file or the module it is imported from.</summary>
    private static string HandlerBody(ModuleGraph graph, SourceDocument doc, string handler)
    {
        if (!Regex.IsMatch(handler, @"^[A-Za-z_$][\w$]*$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return handler;
        }

        var sources = new List<SourceDocument> { doc };
        sources.AddRange(graph.ImportsOf(doc.Path).Where(i => i.Target is not null && i.Import.Bindings.Contains(handler))
            .Select(i => graph.Module(i.Target!)).OfType<SourceDocument>());
        return string.Join("\n", sources.SelectMany(JsDerivedNames.Declarations).Where(d => d.Name == handler).Select(d => d.Body));
    }

    [GeneratedRegex(@"\.\s*listen\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ListenCompiled();
    private static Regex Listen() => LinearRegex.Pick(ListenCompiled());

    [GeneratedRegex(@"SIGTERM", RegexOptions.CultureInvariant)]
    private static partial Regex SigTerm();

    [GeneratedRegex(@"\bprocess\s*\.\s*(?:on|once|addListener|prependListener)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SignalCompiled();
    private static Regex Signal() => LinearRegex.Pick(SignalCompiled());

    [GeneratedRegex(@"\.\s*(?:close|closeAllConnections|terminate|stop|shutdown)\s*\(|\bcloseServer\b|\bgracefulShutdown\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ClosesCompiled();
    private static Regex Closes() => LinearRegex.Pick(ClosesCompiled());
}
