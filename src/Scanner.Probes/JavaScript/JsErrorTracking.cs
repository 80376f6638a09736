using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// An error tracker (Sentry, Rollbar, Bugsnag, Honeybadger) is initialised in wired-in code; in Next.js that means
/// instrumentation.ts (or a file it imports) or a client entry. Installed but never initialised fails.
/// </summary>
public sealed class JsErrorTracking : IProbe
{
    internal static readonly HashSet<string> Trackers = new(StringComparer.Ordinal)
    {
        "@sentry/node", "@sentry/nextjs", "@sentry/react", "@sentry/browser", "@sentry/nestjs", "@sentry/vue", "@sentry/remix",
        "@sentry/sveltekit", "@sentry/astro", "@sentry/bun", "@sentry/aws-serverless", "@sentry/google-cloud-serverless",
        "@sentry/serverless", "@sentry/angular", "rollbar", "@bugsnag/js", "@bugsnag/node", "@bugsnag/browser",
        "@honeybadger-io/js", "@honeybadger-io/nextjs",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "init", "start", "configure" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NothingRuns(context, graph, servers, "no wired-in server, Next.js app or browser entry to report errors from") is { } none)
        {
            return [none];
        }

        var inits = PackageCalls.Find(graph, Trackers, Members, bareCalls: false, "error tracker initialised")
            .Concat(PackageCalls.Find(graph, Trackers, new HashSet<string>(StringComparer.Ordinal), bareCalls: true, "error tracker initialised")
                .Where(e => e.What.Contains(": init)", StringComparison.Ordinal)));
        var findings = Wiring.Judge(context, graph, inits, "error tracker initialisation");
        if (findings.Count > 0)
        {
            return findings;
        }

        var declared = JsPackages.Declaring(graph, Trackers);
        return declared.Count > 0
            ? declared.Select(d => context.AtLine(Outcome.Fail, d.Doc, d.Doc.Text.LineOf(d.Offset), "error tracker installed but never initialised (no Sentry.init / Rollbar / Bugsnag.start)"))
            : [Wiring.Missing(context, graph, servers.FirstOrDefault(), "no error tracker (Sentry, Rollbar, Bugsnag, Honeybadger) is initialised: production errors go unnoticed")];
    }
}
