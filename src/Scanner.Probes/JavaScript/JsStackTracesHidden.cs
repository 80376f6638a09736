using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Stack traces reach users only in development. A stack is sent when it sits in a response's body
/// (<see cref="JsErrorResponses.Response"/>) or in a Next.js error page; one placed into a <c>stack</c> property
/// elsewhere in a module that sends responses may be sent, unless a logger call receives it. Each is judged by <see cref="StackGuard"/>: under a development check it passes, under
/// another condition it is inconclusive, sent with none it fails. Sending no stack passes only where an error
/// handler decides what the client sees; without one the framework's default answer decides, which is inconclusive.
/// </summary>
public sealed partial class JsStackTracesHidden : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        if (JsServers.NoApp(context, graph, JsServers.Find(graph)) is { } none)
        {
            return [none];
        }

        var handlerPaths = JsServers.HandlerPaths(graph);
        var fails = new List<Finding>();
        var unsure = new List<Finding>();
        var devOnly = new List<Finding>();
        JsEvidence? handler = null;
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)))
        {
            handler ??= Handler(doc, handlerPaths);
            var stacks = JsCode.Matches(doc, Stack(), ".stack");
            if (stacks.Count == 0)
            {
                continue;
            }

            var page = IsNextErrorPage(doc.Path);
            var bodies = JsCode.Matches(doc, JsErrorResponses.Response(), "(").Select(m => (Open: m.Index + m.Length - 1, End: JsCode.SpanEnd(doc, m.Index + m.Length - 1))).ToList();
            foreach (var site in stacks)
            {
                var sent = page || bodies.Exists(b => site.Index > b.Open && site.Index < b.End);
                if (!sent && (bodies.Count == 0 || !StackProperty().IsMatch(StackGuard.LineBefore(doc.Content, site.Index)) || IsLogged(doc, site.Index)))
                {
                    continue;
                }

                switch (StackGuard.Of(doc, site.Index))
                {
                    case StackGuardKind.Development:
                        devOnly.Add(context.Pass(doc, site.Index, "the stack trace reaches the client only under a development check (NODE_ENV or a flag derived from it): hidden in production"));
                        break;
                    case StackGuardKind.Unreadable:
                        unsure.Add(context.AtOffset(Outcome.Inconclusive, doc, site.Index, "a stack trace reaches the client under a condition that is not a recognised development check: could not tell whether production hides it"));
                        break;
                    case StackGuardKind.None when sent:
                        fails.Add(context.Fail(doc, site.Index, "the stack trace is sent to the client with no development check: production users see file paths, library versions and code structure"));
                        break;
                    default:
                        unsure.Add(context.AtOffset(Outcome.Inconclusive, doc, site.Index, "a stack trace is copied into a stack property with no development check: could not tell whether that object is sent"));
                        break;
                }
            }
        }

        return fails.Count > 0 ? fails
            : unsure.Count > 0 ? unsure
            : devOnly.Count > 0 ? devOnly
            : handler is not null ? [context.Pass(handler.Doc, handler.Offset, $"{handler.What} never sends a stack trace: searched every wired-in response and error page")]
            : [context.Inconclusive("no stack trace is sent, and no error handler was recognised: the framework's default error answer decides, which shows the stack unless NODE_ENV is production")];
    }

    private static JsEvidence? Handler(SourceDocument doc, HashSet<string> handlerPaths) =>
        IsNextErrorPage(doc.Path) ? new JsEvidence(doc, 0, "the Next.js error page")
        : JsCode.Matches(doc, JsErrorHandlers.ErrorMiddleware(), "err").FirstOrDefault() is { } m ? new JsEvidence(doc, m.Index, "the error middleware (err, req, res, next)")
        : handlerPaths.Contains(doc.Path) && JsCode.Matches(doc, JsErrorHandlers.Catch(), "catch").FirstOrDefault() is { } c ? new JsEvidence(doc, c.Index, "the route handler's catch")
        : null;

    // app/**/error.tsx, global-error.tsx, pages/_error, pages/500: not error.middleware.ts, whose stem is also "error".
    private static bool IsNextErrorPage(string path) =>
        JsErrorHandlers.IsErrorPage(path) && path[(path.LastIndexOf('/') + 1)..].Count(c => c == '.') == 1 &&
        (path.StartsWith("app/", StringComparison.Ordinal) || path.StartsWith("pages/", StringComparison.Ordinal) || path.Contains("/app/", StringComparison.Ordinal) || path.Contains("/pages/", StringComparison.Ordinal));

    // Inside the innermost call around it: logger.error('failed', { stack: err.stack }) stays on the server.
    private static bool IsLogged(SourceDocument doc, int site) =>
        Logged().IsMatch(StackGuard.LineBefore(doc.Content, site)) ||
        StackGuard.Openers(doc, site).FirstOrDefault(o => doc.Content[o] == '(', -1) is var call and >= 0 && Logged().IsMatch(StackGuard.LineBefore(doc.Content, call + 1));

    // A caught error's stack: err.stack, error?.stack, exception.stack.
    [GeneratedRegex(@"\b(?:e|ex|err|error|exc|exception|caught)\s*\??\.\s*stack\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StackCompiled();
    private static Regex Stack() => LinearRegex.Pick(StackCompiled());

    // The stack placed into a body being built: { stack: err.stack } or body.stack = err.stack.
    [GeneratedRegex(@"\bstack\s*(?::|=)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StackPropertyCompiled();
    private static Regex StackProperty() => LinearRegex.Pick(StackPropertyCompiled());

    // A stack handed to a logger or an error tracker stays on the server.
    [GeneratedRegex(@"\b(?:console|logger|log|Sentry|captureException)\b|\.\s*(?:error|warn|info|debug|log)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LoggedCompiled();
    private static Regex Logged() => LinearRegex.Pick(LoggedCompiled());
}
