using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary>Every server on plain-HTTP port 80 redirects to HTTPS (<c>return 301 https://…</c>, a rewrite, or a forwarded-proto check).</summary>
public sealed class NginxHttpsRedirect : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NginxFiles.Judge(context, c => Judge(context, c));

    private static List<Finding> Judge(ProbeContext context, NginxConfig config)
    {
        var findings = new List<Finding>();
        foreach (var server in config.Servers.Where(NginxFiles.ListensOnPort80))
        {
            var redirect = server.DescendantsAndSelf().FirstOrDefault(IsHttpsRedirect);
            var listen = server.Last("listen") ?? server;
            findings.Add(redirect is not null
                ? NginxFiles.At(context, Outcome.Pass, redirect, $"{NginxFiles.Describe(server)} redirects HTTP to HTTPS")
                : NginxFiles.At(context, Outcome.Fail, listen, $"{NginxFiles.Describe(server)} serves plain HTTP on port 80 without redirecting to HTTPS"));
        }

        return findings.Count > 0 ? findings : [context.AtFile(Outcome.NotApplicable, config.RootPath, "no server listens on plain-HTTP port 80")];
    }

    private static bool IsHttpsRedirect(NginxDirective d) => d.Name switch
    {
        "return" => d.Arg(0) is "301" or "302" or "307" or "308" && d.Arg(1).StartsWith("https://", StringComparison.OrdinalIgnoreCase),
        "rewrite" => d.Arg(1).StartsWith("https://", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
