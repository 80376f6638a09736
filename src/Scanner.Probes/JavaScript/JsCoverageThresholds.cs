using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A package that runs tests enforces a coverage floor: Vitest <c>coverage.thresholds</c>, Jest
/// <c>coverageThreshold</c>, or c8/nyc <c>--check-coverage</c>. Measuring coverage without a floor lets it fall.
/// </summary>
public sealed partial class JsCoverageThresholds : IProbe
{
    private static readonly string[] Runners = ["vitest", "jest", "mocha", "c8", "nyc", "ava"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var manifest in graph.Manifests.Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path) && Runners.Any(m.Declares)))
        {
            var candidates = new List<SourceDocument> { manifest.Document! };
            candidates.AddRange(context.Workspace.Files
                .Where(f => RepoPath.DirectoryOf(f.Path) == manifest.Directory && RunnerConfig().IsMatch(f.Path))
                .Select(f => context.Workspace.Read(f)).OfType<SourceDocument>());
            var floor = candidates.Select(d => (Doc: d, Match: Threshold().Match(d.Content))).FirstOrDefault(c => c.Match.Success);
            findings.Add(floor.Doc is not null
                ? context.Pass(floor.Doc, floor.Match.Index, $"coverage floor enforced ({floor.Match.Value.Trim()}) in {floor.Doc.Path}")
                : context.AtLine(Outcome.Fail, manifest.Document!, 1,
                    $"{manifest.Path} runs tests ({string.Join(", ", Runners.Where(manifest.Declares))}) but sets no coverage threshold: coverage can fall without failing a build"));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no package declares a test runner (Vitest, Jest, Mocha, c8, nyc, AVA)")];
    }

    [GeneratedRegex(@"(?:^|/)(?:(?:vitest|vite|jest)\.config\.[cm]?[jt]s|jest\.config\.json|\.nycrc(?:\.json)?|\.c8rc\.json)$", RegexOptions.CultureInvariant)]
    private static partial Regex RunnerConfig();

    [GeneratedRegex(@"\bthresholds\s*:|""?coverageThreshold""?\s*:|--check-coverage\b|""check-coverage""\s*:\s*true", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ThresholdCompiled();
    private static Regex Threshold() => LinearRegex.Pick(ThresholdCompiled());
}
