using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Express apps and routers in one file (<c>const app = express()</c>, <c>express.Router()</c>, <c>Router()</c>) and
/// their registrations in source order, which is the order Express runs them. Middleware protects only the routes
/// registered after it on the same app or router, under its path.
/// </summary>
public static partial class ExpressRoutes
{
    public static List<ExpressCall> In(ModuleGraph graph, Scanner.Core.Workspaces.SourceDocument doc)
    {
        var calls = new List<ExpressCall>();
        var express = graph.ImportsOf(doc.Path).Where(i => i.Import.Specifier == "express").SelectMany(i => i.Import.Bindings).ToHashSet(StringComparer.Ordinal);
        if (express.Count == 0)
        {
            return calls;
        }

        var targets = new HashSet<string>(StringComparer.Ordinal);
        var middleware = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in JsCode.Matches(doc, Creation(), "("))
        {
            var callee = m.Groups["callee"].Value.Replace(" ", "", StringComparison.Ordinal);
            var root = callee.Split('.')[0];
            if (express.Contains(root) && (callee == root || callee.EndsWith(".Router", StringComparison.Ordinal)))
            {
                targets.Add(m.Groups["name"].Value);
            }
            else if (!callee.Contains("router", StringComparison.OrdinalIgnoreCase) && !callee.Contains("app", StringComparison.OrdinalIgnoreCase)
                     && callee is not ("require" or "Router"))
            {
                // const limiter = rateLimit({...}): what a factory returns is middleware, not a router to mount.
                middleware.Add(m.Groups["name"].Value);
            }
        }

        middleware.ExceptWith(targets);

        foreach (var m in JsCode.Matches(doc, Registration(), "."))
        {
            var target = m.Groups["target"].Value;
            if (!targets.Contains(target))
            {
                continue;
            }

            var open = m.Index + m.Length - 1;
            var args = JsCode.Arguments(doc, open).Select(a => doc.Content[a.Start..a.End].Trim()).ToList();
            var path = args.Count > 1 || m.Groups["method"].Value != "use" ? JsCode.StringValue(args.FirstOrDefault() ?? "") : null;
            calls.Add(new ExpressCall(doc, m.Index, target, m.Groups["method"].Value, path, args, middleware));
        }

        return calls;
    }

    /// <summary>Routes on the middleware's app or router under its path: those after it are covered, those before it are not.</summary>
    public static (List<ExpressCall> Covered, List<ExpressCall> Uncovered) Coverage(IReadOnlyList<ExpressCall> calls, ExpressCall middleware)
    {
        // The same middleware mounted on a path elsewhere (app.use('/api', limiter)) is not a route it should cover.
        var routes = calls.Where(c => c != middleware && c.Target == middleware.Target && c.IsRoute && c.IsUnder(middleware.Path) &&
                                      c.Args[^1] != (middleware.Args.Count > 0 ? middleware.Args[^1] : null)).ToList();
        return (routes.Where(r => r.Offset > middleware.Offset).ToList(), routes.Where(r => r.Offset < middleware.Offset).ToList());
    }

    [GeneratedRegex(@"\b(?<name>[A-Za-z_$][\w$]*)\s*(?::\s*[\w.]+\s*)?=\s*(?<callee>[A-Za-z_$][\w$]*(?:\s*\.\s*Router)?)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CreationCompiled();
    private static Regex Creation() => LinearRegex.Pick(CreationCompiled());

    [GeneratedRegex(@"\b(?<target>[A-Za-z_$][\w$]*)\s*\.\s*(?<method>use|get|post|put|patch|delete|all|options|head)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RegistrationCompiled();
    private static Regex Registration() => LinearRegex.Pick(RegistrationCompiled());
}
