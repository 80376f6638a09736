using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary>nginx rate-limits requests: a <c>limit_req</c> applies a zone in a server or location; a zone nobody applies limits nothing.</summary>
public sealed class NginxRateLimiting : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NginxFiles.Judge(context, c => Judge(context, c));

    private static List<Finding> Judge(ProbeContext context, NginxConfig config)
    {
        var findings = new List<Finding>();
        var zones = config.All.Where(d => d.Name == "limit_req_zone").ToList();
        var applied = config.All.Where(d => d.Name == "limit_req").ToList();
        foreach (var use in applied)
        {
            findings.Add(NginxFiles.At(context, Outcome.Pass, use, $"requests are rate-limited ({use})"));
        }

        foreach (var zone in zones)
        {
            var name = zone.Args.FirstOrDefault(a => a.StartsWith("zone=", StringComparison.Ordinal))?[5..].Split(':')[0] ?? "";
            if (!applied.Any(u => u.Args.Contains($"zone={name}")))
            {
                findings.Add(NginxFiles.At(context, Outcome.Fail, zone, $"limit_req_zone {name} is defined but no server or location applies it with limit_req"));
            }
        }

        return findings.Count > 0
            ? findings
            : [NginxFiles.At(context, Outcome.Fail, NginxFiles.Anchor(config), $"{config.RootPath} sets no limit_req: nginx passes any request rate through")];
    }
}
