using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Ci;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Bundle analysers run as commands, from package.json scripts and CI steps: source-map-explorer, the webpack and Vite
/// analyser CLIs, and size-limit, bundlesize and bundlewatch with the budgets they read. @next/bundle-analyzer is no
/// command (it wraps next.config), so a step running it analyses nothing; an <c>ANALYZE=true</c> flag does something
/// only where a loaded config reads it.
/// </summary>
internal static class BundleAnalyzerCommands
{
    private static readonly string[] Clis = ["source-map-explorer", "webpack-bundle-analyzer", "vite-bundle-visualizer", "vite-bundle-analyzer"];

    /// <summary>Budget tools and where each finds its budgets: a package.json key or a config file beside it.</summary>
    private static readonly (string Tool, string Key, string[] Files)[] Budgets =
    [
        ("size-limit", "size-limit", [".size-limit.json", ".size-limit.js", ".size-limit.cjs", ".size-limit.mjs", ".size-limit.ts"]),
        ("bundlesize", "bundlesize", ["bundlesize.config.json", ".bundlesize.json"]),
        ("bundlewatch", "bundlewatch", [".bundlewatch.config.json", "bundlewatch.config.json", ".bundlewatch.json"]),
    ];

    /// <summary>Every script and CI line that runs an analyser, judged; ANALYZE flags nothing reads fail only when <paramref name="readsFlag"/> is false.</summary>
    public static List<Finding> Judge(ProbeContext context, ModuleGraph graph, bool readsFlag)
    {
        var found = new List<Finding>();
        foreach (var manifest in graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path)))
        {
            var doc = manifest.Document!;
            foreach (var (name, command) in manifest.Scripts.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var at = Math.Max(0, doc.Content.IndexOf($"\"{name}\"", StringComparison.Ordinal));
                found.AddRange(Command(context, doc, at, command, $"{manifest.Path} script '{name}'", manifest, readsFlag));
            }
        }

        foreach (var doc in context.Documents(p => CiFiles.SystemOf(p) is not null))
        {
            var manifest = graph.Manifests.FirstOrDefault(m => m.Directory.Length == 0);
            for (var line = 1; line <= doc.Text.LineCount; line++)
            {
                var text = doc.Text.Line(line).ToString();
                var offset = doc.Text.LineStart(line) + Math.Max(0, text.Length - text.TrimStart().Length);
                if (text.TrimStart().Length > 0 && doc.Regions.KindAt(offset) != RegionKind.Comment)
                {
                    found.AddRange(Command(context, doc, offset, text, $"{doc.Path}:{line}", manifest, readsFlag));
                }
            }
        }

        return found;
    }

    private static IEnumerable<Finding> Command(ProbeContext context, SourceDocument doc, int at, string command, string where, PackageManifest? manifest, bool readsFlag)
    {
        if (command.Contains("@next/bundle-analyzer", StringComparison.Ordinal))
        {
            yield return context.Fail(doc, at, $"{where} runs @next/bundle-analyzer as a command, but it is only a wrapper for next.config: nothing is analysed");
        }
        else if (Clis.FirstOrDefault(c => command.Contains(c, StringComparison.Ordinal)) is { } cli)
        {
            yield return context.Pass(doc, at, $"{where} runs {cli}");
        }
        else if (Budgets.FirstOrDefault(b => command.Contains(b.Tool, StringComparison.Ordinal)) is { Tool: not null } budget)
        {
            var config = BudgetConfig(context, manifest, budget.Key, budget.Files);
            yield return config is null
                ? context.Fail(doc, at, $"{where} runs {budget.Tool}, but no budget is configured for it (no \"{budget.Key}\" key in package.json, no {budget.Files[0]})")
                : context.Pass(doc, at, $"{where} runs {budget.Tool} against the budgets in {config}");
        }
        else if (!readsFlag && command.Contains("ANALYZE=true", StringComparison.Ordinal))
        {
            yield return context.Fail(doc, at, $"{where} sets ANALYZE=true, but no config the build loads reads it or sets up an analyser");
        }
    }

    private static string? BudgetConfig(ProbeContext context, PackageManifest? manifest, string key, string[] files)
    {
        if (manifest?.Document is not { } doc)
        {
            return null;
        }

        if (JsonFiles.Parse(doc.Content) is { } root && root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty(key, out _))
        {
            return $"{manifest.Path} (\"{key}\")";
        }

        var prefix = manifest.Directory.Length == 0 ? "" : manifest.Directory + "/";
        return files.Select(f => prefix + f).FirstOrDefault(p => context.Workspace.Find(p) is not null);
    }
}
