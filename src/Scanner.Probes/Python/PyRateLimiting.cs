using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// A rate limiter is attached to the running app and sets limits: Flask-Limiter (<c>Limiter(..., app=app)</c> or
/// <c>limiter.init_app(app)</c>), slowapi (<c>app.state.limiter</c>, SlowAPIMiddleware), fastapi-limiter,
/// Django REST framework throttling or django-ratelimit, in a module reachable from the app entry. A limiter
/// built but never attached, attached with no limit, or attached only in a module nothing imports, fails.
/// </summary>
public sealed partial class PyRateLimiting : IProbe
{
    // Every way of attaching a limiter names imiter or SlowAPI: only the lines holding one are searched.
    private static readonly SearchValues<string> AttachWords = SearchValues.Create(["imiter", "SlowAPI"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var attached = new List<PyHit>();
        var built = new List<PyHit>();
        var limited = false;
        foreach (var doc in PyCode.Documents(context, graph))
        {
            if (PyVerdict.Counts(graph, doc.Path))
            {
                PyLimitValues.Emit(context, doc);
            }

            foreach (var m in PyCode.Matches(doc, Construction(), "Limiter").Where(m => !PyCode.OnImportLine(doc, m.Index)))
            {
                var args = PyCode.Arguments(doc, m.Index);
                (PyAppArgument.IsAttached(doc, args) ? attached : built).Add(new PyHit(doc, m.Index, "rate limiter"));
                limited |= PyVerdict.Counts(graph, doc.Path) && args.Contains("_limits", StringComparison.Ordinal);
            }

            attached.AddRange((IgnoreCaseSearch.Contains(doc.Content, "limit") ? PyCode.MatchesOnLinesWith(doc, Attach(), AttachWords) : []).Where(m => !PyCode.OnImportLine(doc, m.Index))
                .Select(m => new PyHit(doc, m.Index, "rate limiter")));
            var selfLimiting = PyCode.MatchesOutsideComments(doc, SelfLimiting(), "throttl").Concat(PyCode.Matches(doc, RateLimitDecorator(), "ratelimit")).ToList();
            attached.AddRange(selfLimiting.Select(m => new PyHit(doc, m.Index, "request throttling")));
            limited |= PyVerdict.Counts(graph, doc.Path) && (selfLimiting.Count > 0 || PyCode.Matches(doc, Limit(), "limit").Count > 0);
        }

        var findings = PyVerdict.Capability(context, graph, attached, "no rate limiter: no Flask-Limiter, slowapi, fastapi-limiter, DRF throttling or django-ratelimit in the app");
        if (attached.Count == 0 && built.Count > 0)
        {
            return [.. built.Select(h => context.Fail(h.Doc, h.Offset, "Limiter created but never attached to the app (no app=app, init_app(app) or app.state.limiter)"))];
        }

        if (findings.All(f => f.Outcome == Outcome.Pass) && !limited)
        {
            return [.. attached.Where(h => graph.Reach(h.Doc.Path) == PyReach.Reachable).Select(h =>
                context.Fail(h.Doc, h.Offset, "rate limiter attached but no limit is set: no default_limits and no @limiter.limit(...) on any route"))];
        }

        return findings;
    }

    [GeneratedRegex(@"\bLimiter[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConstructionCompiled();
    private static Regex Construction() => LinearRegex.Pick(ConstructionCompiled());


    [GeneratedRegex(
        @"\b\w*[Ll]imiter\w*\.init_app[ \t]*\(|\.state\.limiter[ \t]*=|\bSlowAPI(?:ASGI)?Middleware\b|\bFastAPILimiter\.init[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AttachCompiled();
    private static Regex Attach() => LinearRegex.Pick(AttachCompiled());

    [GeneratedRegex(@"[""']DEFAULT_THROTTLE_(?:CLASSES|RATES)[""'][ \t]*:|\bthrottle_classes[ \t]*=", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SelfLimitingCompiled();
    private static Regex SelfLimiting() => LinearRegex.Pick(SelfLimitingCompiled());

    [GeneratedRegex(@"@ratelimit[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RateLimitDecoratorCompiled();
    private static Regex RateLimitDecorator() => LinearRegex.Pick(RateLimitDecoratorCompiled());

    [GeneratedRegex(@"\.(?:limit|shared_limit)[ \t]*\(|\bRateLimiter[ \t]*\(|\b(?:default|application)_limits[ \t]*=", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LimitCompiled();
    private static Regex Limit() => LinearRegex.Pick(LimitCompiled());
}
