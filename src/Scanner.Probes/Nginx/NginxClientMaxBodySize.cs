using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary>Request bodies are limited: <c>client_max_body_size</c> is set (or nginx's 1m default applies) and never 0 (unlimited).</summary>
public sealed class NginxClientMaxBodySize : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NginxFiles.Judge(context, c => Judge(context, c));

    private static List<Finding> Judge(ProbeContext context, NginxConfig config)
    {
        var findings = new List<Finding>();
        foreach (var limit in config.All.Where(d => d.Name == "client_max_body_size"))
        {
            findings.Add(limit.Arg(0) is "0" or "0k" or "0m" or "0K" or "0M"
                ? NginxFiles.At(context, Outcome.Fail, limit, "client_max_body_size 0 lets requests of any size through")
                : NginxFiles.At(context, Outcome.Pass, limit, $"request bodies are limited to {limit.Arg(0)}"));
        }

        return findings.Count > 0
            ? findings
            : [NginxFiles.At(context, Outcome.Pass, NginxFiles.Anchor(config), "no client_max_body_size: nginx's default limit of 1m applies")];
    }
}
