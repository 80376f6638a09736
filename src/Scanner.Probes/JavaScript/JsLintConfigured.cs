using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Each package with JavaScript or TypeScript code has a linter configured (ESLint, Biome, oxlint, or
/// <c>next lint</c>) and a <c>lint</c> script that runs it; a config nobody runs, or a script with no config, fails.
/// </summary>
public sealed class JsLintConfigured : IProbe
{
    private static readonly string[] ConfigNames =
    [
        "eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", ".eslintrc",
        ".eslintrc.js", ".eslintrc.cjs", ".eslintrc.json", ".eslintrc.yml", ".eslintrc.yaml", "biome.json", "biome.jsonc",
        ".oxlintrc.json",
    ];

    private static readonly string[] Linters = ["eslint", "biome", "oxlint", "next lint", "xo", "standard"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        var manifests = graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path)).ToList();
        foreach (var manifest in manifests.Where(m => HasCode(graph, m, manifests)))
        {
            var config = RepoPath.SelfAndAncestors(manifest.Directory).SelectMany(d => ConfigNames.Select(n => d.Length == 0 ? n : $"{d}/{n}"))
                .FirstOrDefault(p => context.Workspace.Find(p) is not null) ?? (manifest.Document!.Content.Contains("\"eslintConfig\"", StringComparison.Ordinal) ? manifest.Path : null);
            var script = manifest.Scripts.FirstOrDefault(s => s.Key.StartsWith("lint", StringComparison.Ordinal) && Linters.Any(l => s.Value.Contains(l, StringComparison.Ordinal)));
            var doc = manifest.Document!;
            if (config is not null && script.Key is not null)
            {
                findings.Add(context.AtLine(Outcome.Pass, doc, JsonFiles.LineOfKey(doc.Content, script.Key), $"'{script.Key}' runs `{script.Value}` with {config}"));
            }
            else
            {
                findings.Add(context.AtLine(Outcome.Fail, doc, 1, config is null
                    ? $"{manifest.Path}: no linter configured (eslint.config.js, .eslintrc, biome.json){(script.Key is null ? " and no lint script" : $" for '{script.Key}' to use")}"
                    : $"{manifest.Path}: {config} exists but no lint script runs it (\"lint\": \"eslint .\")"));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no package.json with JavaScript or TypeScript code of its own")];
    }

    /// <summary>A package owns code when a .js/.ts file lies in its folder and in no nested package's folder.</summary>
    private static bool HasCode(ModuleGraph graph, PackageManifest manifest, List<PackageManifest> all) =>
        graph.Modules.Any(m => !CodeKinds.InNonProductFolder(m.Path) && (manifest.Directory.Length == 0 || m.Path.StartsWith(manifest.Directory + "/", StringComparison.Ordinal))
            && !all.Any(o => o != manifest && o.Directory.Length > manifest.Directory.Length && m.Path.StartsWith(o.Directory + "/", StringComparison.Ordinal)));
}
