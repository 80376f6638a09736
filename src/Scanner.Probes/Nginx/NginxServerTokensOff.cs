using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary><c>server_tokens off</c> is in effect for every server, so responses and error pages do not carry the nginx version.</summary>
public sealed class NginxServerTokensOff : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NginxFiles.Judge(context, c => Judge(context, c));

    private static List<Finding> Judge(ProbeContext context, NginxConfig config)
    {
        var findings = new List<Finding>();
        var servers = config.Servers.ToList();
        foreach (var server in servers.Count > 0 ? servers : [NginxFiles.Anchor(config)])
        {
            var tokens = NginxFiles.Effective("server_tokens", config.Http, server);
            findings.Add(tokens?.Arg(0) == "off"
                ? NginxFiles.At(context, Outcome.Pass, tokens, $"{NginxFiles.Describe(server)} hides the nginx version")
                : NginxFiles.At(context, Outcome.Fail, tokens ?? server, $"{NginxFiles.Describe(server)} announces the nginx version in headers and error pages ({tokens?.ToString() ?? "server_tokens is on by default"})"));
        }

        return findings;
    }
}
