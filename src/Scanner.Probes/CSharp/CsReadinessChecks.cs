using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// A readiness endpoint that runs only the health checks carrying a tag (<c>MapHealthChecks("/health/ready", new
/// HealthCheckOptions { Predicate = c =&gt; c.Tags.Contains("ready") })</c>) checks something only when a registered check
/// carries that tag. With no such check it runs none and always answers Healthy: the pod is "ready" while its
/// database is down. The tag as a string literal in code elsewhere (a check's tags, a constant) counts as carried.
/// </summary>
public sealed partial class CsReadinessChecks : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var findings = new List<Finding>();
        foreach (var doc in app.WebFiles.Where(d => d.Content.Contains("MapHealthChecks", StringComparison.Ordinal)))
        {
            foreach (Match m in TagFiltered().Matches(doc.Content))
            {
                // Only the readiness endpoint: a liveness filter ("live", "self") is meant to run little or nothing.
                if (doc.Regions.KindAt(m.Index) != RegionKind.Code || !NamesReadiness(m.Groups["path"].Value + " " + m.Groups["tag"].Value))
                {
                    continue;
                }

                var tag = m.Groups["tag"].Value;
                var path = m.Groups["path"].Value;
                var predicate = m.Groups["tag"].Index - 1;
                findings.Add(Carried(app.WebFiles, $"\"{tag}\"", doc, predicate) is { } carrier
                    ? context.Pass(doc, m.Index, $"{path} runs the checks tagged '{tag}' (one carries it at {carrier.Doc.Path}:{carrier.Doc.Text.LineOf(carrier.At)})")
                    : context.Fail(doc, m.Index, $"{path} runs only checks tagged '{tag}', and no registered check carries that tag: it runs none and always answers Healthy"));
            }
        }

        return findings.Count > 0 ? findings
            : [context.NotApplicable("no readiness endpoint filtered by a tag (MapHealthChecks(\"/health/ready\", ...) with a Predicate on Tags)")];
    }

    private static bool NamesReadiness(string text) => text.Contains("ready", StringComparison.OrdinalIgnoreCase) || text.Contains("readiness", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the tag's literal first occurs in code other than at the predicate itself, or null.</summary>
    private static (SourceDocument Doc, int At)? Carried(IEnumerable<SourceDocument> docs, string literal, SourceDocument predicateDoc, int predicateAt)
    {
        foreach (var d in docs)
        {
            for (var at = d.Content.IndexOf(literal, StringComparison.Ordinal); at >= 0; at = d.Content.IndexOf(literal, at + literal.Length, StringComparison.Ordinal))
            {
                if (!(d == predicateDoc && at == predicateAt) && d.Regions.KindAt(at) != RegionKind.Comment)
                {
                    return (d, at);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bMapHealthChecks\s*\(\s*""(?<path>[^""\r\n]{1,100})""\s*,\s*new\s+HealthCheckOptions\s*\{[^}]{0,400}\bPredicate\s*=\s*\(?\s*\w+\s*\)?\s*=>\s*\w+\.Tags\.Contains\(\s*""(?<tag>[^""\r\n]{1,60})""\s*\)",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TagFilteredCompiled();
    private static Regex TagFiltered() => LinearRegex.Pick(TagFilteredCompiled());
}
