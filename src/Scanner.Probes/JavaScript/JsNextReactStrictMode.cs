using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// React Strict Mode is on: <c>reactStrictMode: false</c> fails; unset passes only for the App Router, which
/// turns it on by default (the Pages Router does not).
/// </summary>
public sealed partial class JsNextReactStrictMode : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = NextConfigCheck.Run(context, [(Off(), "reactStrictMode", "reactStrictMode: false hides unsafe lifecycles and effects that double-run in development")], "")
            .ToList();
        var graph = ModuleGraph.For(context.Workspace);
        var appRouter = graph.Entries.Any(e => ("/" + e.Path).Contains("/app/", StringComparison.Ordinal) && e.Reason.StartsWith("Next.js", StringComparison.Ordinal));
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i] is { Outcome: Outcome.Pass, Location: { } where } && graph.Module(where.Path) is { } config)
            {
                var on = JsCode.Matches(config, On(), "reactStrictMode");
                findings[i] = on.Count > 0 ? context.Pass(config, on[0].Index, "reactStrictMode: true")
                    : appRouter ? context.Pass(config, NextConfigFile.Anchor(config), "reactStrictMode unset: the App Router turns Strict Mode on by default")
                    : context.Fail(config, NextConfigFile.Anchor(config), "reactStrictMode unset: the Pages Router runs without Strict Mode");
            }
        }

        return findings;
    }

    [GeneratedRegex(@"\breactStrictMode\s*:\s*(?:false|!1)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OffCompiled();
    private static Regex Off() => LinearRegex.Pick(OffCompiled());

    [GeneratedRegex(@"\breactStrictMode\s*:\s*(?:true|!0)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OnCompiled();
    private static Regex On() => LinearRegex.Pick(OnCompiled());
}
