using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary>TLS servers accept only TLS 1.2 and 1.3: <c>ssl_protocols</c> names no SSLv3, TLSv1 or TLSv1.1.</summary>
public sealed class NginxTlsProtocols : IProbe
{
    private static readonly string[] Weak = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"];

    public IEnumerable<Finding> Run(ProbeContext context) => NginxFiles.Judge(context, c => Judge(context, c));

    private static List<Finding> Judge(ProbeContext context, NginxConfig config)
    {
        var findings = new List<Finding>();
        foreach (var server in config.Servers.Where(NginxFiles.ListensWithTls))
        {
            if (NginxFiles.Effective("ssl_protocols", config.Http, server) is not { } protocols)
            {
                findings.Add(NginxFiles.At(context, Outcome.Inconclusive, server, $"{NginxFiles.Describe(server)} sets no ssl_protocols: nginx before 1.23.4 then also accepts TLSv1 and TLSv1.1"));
                continue;
            }

            var weak = protocols.Args.Where(Weak.Contains).ToList();
            findings.Add(weak.Count > 0
                ? NginxFiles.At(context, Outcome.Fail, protocols, $"{NginxFiles.Describe(server)} still accepts {string.Join(", ", weak)}")
                : NginxFiles.At(context, Outcome.Pass, protocols, $"{NginxFiles.Describe(server)} accepts only {string.Join(", ", protocols.Args)}"));
        }

        return findings.Count > 0 ? findings : [context.AtFile(Outcome.NotApplicable, config.RootPath, "no server terminates TLS here")];
    }
}
