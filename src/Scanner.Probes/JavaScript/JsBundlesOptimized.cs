using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Production bundles are minified and split: Next.js and Vite do both by default, so their config passes unless
/// it switches minification off (<c>swcMinify: false</c>, <c>optimization.minimize: false</c>, <c>build.minify:
/// false</c>), which fails where it is written.
/// </summary>
public sealed partial class JsBundlesOptimized : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var configs = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && (JsServers.IsNextConfig(d.Path) || IsViteConfig(d.Path))).ToList();
        if (configs.Count == 0)
        {
            return [context.NotApplicable("no next.config or vite.config: no bundler this probe knows")];
        }

        var findings = new List<Finding>();
        foreach (var config in configs)
        {
            var tool = IsViteConfig(config.Path) ? "Vite" : "Next.js";
            var off = JsCode.Matches(config, MinifyOff(), "false").Select(m => context.Fail(config, m.Index, $"{tool} minification switched off ({m.Value}): production bundles ship unminified")).ToList();
            findings.AddRange(off.Count > 0 ? off
                : [context.Pass(config, tool == "Vite" ? 0 : NextConfigFile.Anchor(config), $"{tool} minifies production bundles and splits them per route or dynamic import by default; this config does not switch that off")]);
        }

        return findings;
    }

    private static bool IsViteConfig(string path) =>
        path[(path.LastIndexOf('/') + 1)..].StartsWith("vite.config.", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:swcMinify|minimize|minify)\s*:\s*false\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex MinifyOffCompiled();
    private static Regex MinifyOff() => LinearRegex.Pick(MinifyOffCompiled());
}
