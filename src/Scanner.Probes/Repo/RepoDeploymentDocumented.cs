using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Repo;

/// <summary>
/// A deployment guide is tracked: a page named for deploying (DEPLOYMENT.md, docs/deploy*.md) or a README or docs/
/// section whose heading is about deploying or hosting. Fails only when the whole tree holds none.
/// </summary>
public sealed partial class RepoDeploymentDocumented : IProbe
{
    private const int StubLines = 3;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var candidates = new List<Finding>();
        var searched = 0;
        foreach (var doc in context.Documents().Where(d => RepoDocs.IsDocumentation(d.Path)))
        {
            searched++;
            var name = RepoDocs.FileName(doc.Path);
            var headings = RepoDocs.Headings(doc).ToList();
            if (name.Contains("deploy", StringComparison.OrdinalIgnoreCase))
            {
                var at = headings.Count > 0 ? headings[0].Line : 1;
                findings.Add(RepoDocs.ContentLines(doc) < StubLines
                    ? context.Inconclusive($"{doc.Path} is named for deploying but holds almost no text", new SourceLocation(doc.Path, at))
                    : context.AtLine(Outcome.Pass, doc, at, $"{doc.Path} is a deployment guide"));
                continue;
            }

            if (RepoDocs.HoldsSections(doc.Path) && headings.FirstOrDefault(h => AboutDeploying().IsMatch(h.Text) && !IsStatus().IsMatch(h.Text)) is { Text: not null } heading)
            {
                findings.Add(context.AtLine(Outcome.Pass, doc, heading.Line, $"{doc.Path} has a section about deploying ({heading.Text})"));
            }
            else if (RepoDocs.HoldsSections(doc.Path) && headings.FirstOrDefault(h => AboutPlatform().IsMatch(h.Text)) is { Text: not null } platform)
            {
                candidates.Add(context.Inconclusive($"{doc.Path} has a section about a platform ({platform.Text}) that may describe deploying", new SourceLocation(doc.Path, platform.Line)));
            }
        }

        if (findings.Count > 0 || candidates.Count > 0)
        {
            return findings.Count > 0 ? findings : candidates;
        }

        var message = $"no deployment guide: no DEPLOYMENT.md or DEPLOY.md, no docs page named for deploying, and no README or docs section about deploying (searched {searched} Markdown file(s))";
        return [RepoDocs.Absent(context, message)];
    }

    [GeneratedRegex(@"\b(deploy|deploys|deploying|deployment|deployments|hosting|self-hosting|self-hosted|production|releasing|release process|going live|go live)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutDeploying();

    [GeneratedRegex(@"\b(docker|kubernetes|k8s|helm|vercel|netlify|heroku|fly\.io|railway|render|aws|azure|gcp|google cloud|cloud run|digitalocean|nginx|pm2|systemd)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutPlatform();

    [GeneratedRegex(@"\b(checklist|status|todo|readiness|ready)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsStatus();
}
