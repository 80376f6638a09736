using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary>nginx compresses responses: <c>gzip on</c> or <c>brotli on</c> in effect for every server.</summary>
public sealed class NginxCompression : IProbe
{
    private static readonly string[] Compressors = ["gzip", "brotli"];

    public IEnumerable<Finding> Run(ProbeContext context) => NginxFiles.Judge(context, c => Judge(context, c));

    private static List<Finding> Judge(ProbeContext context, NginxConfig config)
    {
        var findings = new List<Finding>();
        var servers = config.Servers.ToList();
        foreach (var server in servers.Count > 0 ? servers : [NginxFiles.Anchor(config)])
        {
            var on = Compressors.Select(n => NginxFiles.Effective(n, config.Http, server)).FirstOrDefault(d => d?.Arg(0) == "on");
            var off = NginxFiles.Effective("gzip", config.Http, server);
            findings.Add(on is not null
                ? NginxFiles.At(context, Outcome.Pass, on, $"{NginxFiles.Describe(server)} compresses responses ({on})")
                : NginxFiles.At(context, Outcome.Fail, off ?? server, $"{NginxFiles.Describe(server)} sends responses uncompressed ({off?.ToString() ?? "gzip is off by default"})"));
        }

        return findings;
    }
}
