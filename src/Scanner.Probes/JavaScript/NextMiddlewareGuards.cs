using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Guards in one export of a Next.js middleware module: a session or token check of an auth library (withAuth,
/// getToken, auth(), jwtVerify, clerkMiddleware), an auth check re-exported from an auth module, or a session
/// cookie or Authorization header read by hand in code that redirects or answers 401/403. Local helpers the export
/// calls are followed one step.
/// </summary>
internal static partial class NextMiddlewareGuards
{
    /// <summary>The first guard in the span (and the declaration it names), or null.</summary>
    public static JsEvidence? In(ModuleGraph graph, NextMiddlewareExports module, params NextMiddlewareExports.Span?[] spans)
    {
        var doc = module.Doc;
        bool Inside(int offset) => spans.Any(s => s?.Contains(offset) == true);
        var found = JsAuthenticationWired.Checks(graph, doc).Concat(JsAuthSignals.MiddlewareReExports(graph).Where(e => e.Doc.Path == doc.Path))
            .Where(e => Inside(e.Offset)).OrderBy(e => e.Offset).FirstOrDefault();
        if (found is not null)
        {
            return found;
        }

        var text = string.Concat(spans.OfType<NextMiddlewareExports.Span>().Select(s => doc.Content[s.Start..Math.Min(s.End, doc.Content.Length)]));
        return Responds(text) && JsCode.Matches(doc, TokenRead(), ".get").FirstOrDefault(m => Inside(m.Index)) is { } read
            ? new JsEvidence(doc, read.Index, $"a session or token is read by hand ({read.Value.Trim()}) and the request redirected or refused")
            : null;
    }

    /// <summary>The subject of a session check that protects only the route handler it is in (see control route-protection).</summary>
    public const string OwnHandlerSubject = "own-route-handler";

    /// <summary>The subject of a session read that only sends its token on to another service.</summary>
    public const string ForwardedSubject = "token-forwarded";

    /// <summary>
    /// When the app's middleware guard is dead (<see cref="PagesLeftOpen"/>), gives a passing session check the
    /// subject of what it protects instead: its own route handler, or nothing (a token sent on). Identity otherwise.
    /// </summary>
    public static Func<Finding, Finding> RouteScope(ModuleGraph graph)
    {
        if (!PagesLeftOpen(graph))
        {
            return f => f;
        }

        var handlers = JsServers.HandlerPaths(graph);
        return f => f switch
        {
            { Outcome: Outcome.Pass, Location: { } l } when handlers.Contains(l.Path) => f with { Subject = OwnHandlerSubject },
            { Outcome: Outcome.Pass, Location: { Line: > 0 } l } when graph.Module(l.Path) is { } d &&
                OnlyForwards(new JsEvidence(d, Math.Min(d.Content.Length, d.Text.LineStart(l.Line) + Math.Max(0, l.Column - 1)), "")) => f with { Subject = ForwardedSubject },
            _ => f,
        };
    }

    /// <summary>
    /// True when a middleware's only guard is in a default export Next never runs and its matcher reaches pages:
    /// a route handler that checks a session protects itself then, not the routes the dead guard was written for.
    /// </summary>
    public static bool PagesLeftOpen(ModuleGraph graph) => NextMiddlewareExports.In(graph).Any(m => !m.ApiOnly && DeadGuardAlone(graph, m) is not null);

    /// <summary>The guard in a shadowed default export, when the export Next runs holds none (itself or the local helpers it calls).</summary>
    public static JsEvidence? DeadGuardAlone(ModuleGraph graph, NextMiddlewareExports module)
    {
        if (module.Dynamic || !module.DefaultIsDead || module.Named is not { } named || module.NamedFrom is not null || In(graph, module, named) is not null)
        {
            return null;
        }

        var (helped, unfollowed) = InHelpers(graph, module, named);
        return helped is null && unfollowed is null ? In(graph, module, module.Default, module.DefaultCode) : null;
    }

    /// <summary>
    /// A guard in a local module the span calls (one step), or the name of a local helper it calls that holds
    /// none this probe recognises: the guard may be written there in a way it does not read.
    /// </summary>
    public static (JsEvidence? Guard, string? Unfollowed) InHelpers(ModuleGraph graph, NextMiddlewareExports module, NextMiddlewareExports.Span span)
    {
        var doc = module.Doc;
        var text = doc.Content[span.Start..Math.Min(span.End, doc.Content.Length)];
        string? unfollowed = null;
        foreach (var edge in graph.ImportsOf(doc.Path).Where(i => !i.Import.TypeOnly && i.Target is not null))
        {
            foreach (var name in edge.Import.Bindings.Where(n => Calls(text, n)))
            {
                if (graph.Module(edge.Target!) is not { } helper)
                {
                    continue;
                }

                var check = JsAuthenticationWired.Checks(graph, helper).FirstOrDefault() ??
                            (Responds(text) || Responds(helper.Content) ? JsCode.Matches(helper, TokenRead(), ".get").Select(m => new JsEvidence(helper, m.Index, $"a session or token is read by hand ({m.Value.Trim()})")).FirstOrDefault() : null);
                if (check is not null)
                {
                    return (new JsEvidence(doc, span.Start, $"{name}() from {helper.Path} is called, and it checks who is asking: {check.What}"), null);
                }

                unfollowed ??= $"{name}() from {helper.Path}";
            }
        }

        return (null, unfollowed);
    }

    private static bool Responds(string text) =>
        text.Contains("redirect(", StringComparison.Ordinal) || text.Contains("401", StringComparison.Ordinal) || text.Contains("403", StringComparison.Ordinal);

    /// <summary>
    /// A session read in a module that sends a bearer token on and never turns a request away (no refusal in the
    /// module, no throw just after the read): an API client, not a guard.
    /// </summary>
    public static bool OnlyForwards(JsEvidence read)
    {
        var content = read.Doc.Content;
        var after = content.AsSpan(read.Offset, Math.Min(400, content.Length - read.Offset));
        return ForwardsToken(read.Doc) && !Refuses(content) && !after.Contains("throw", StringComparison.Ordinal);
    }

    private static bool Refuses(string text) =>
        Responds(text) || text.Contains("notFound(", StringComparison.Ordinal) || text.Contains("unauthorized(", StringComparison.Ordinal) ||
        text.Contains("forbidden(", StringComparison.Ordinal);

    private static bool ForwardsToken(SourceDocument doc) =>
        IgnoreCaseSearch.Contains(doc.Content, "bearer") && doc.Content.Contains("uthorization", StringComparison.Ordinal) && AuthorizationHeader().IsMatch(doc.Content);

    private static bool Calls(string text, string name)
    {
        for (var i = text.IndexOf(name + "(", StringComparison.Ordinal); i >= 0; i = text.IndexOf(name + "(", i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '$' or '.'))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bAuthorization['""]?\s*(?:[:,=]|\]\s*=)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AuthorizationHeaderCompiled();
    private static Regex AuthorizationHeader() => LinearRegex.Pick(AuthorizationHeaderCompiled());

    [GeneratedRegex(@"\b(?:cookies|headers)\s*(?:\(\s*\))?\s*\.\s*get\s*\(\s*['""`](?:[\w-]{0,40}(?:session|token|auth)[\w-]{0,40}|authorization)['""`]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TokenReadCompiled();
    private static Regex TokenRead() => LinearRegex.Pick(TokenReadCompiled());
}
