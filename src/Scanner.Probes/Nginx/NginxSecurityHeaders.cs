using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary>
/// Every server block, and every location in it, sends CSP, X-Frame-Options, X-Content-Type-Options,
/// Referrer-Policy (and HSTS on TLS servers). nginx drops inherited add_header lines in any block that has its
/// own, so a location with one unrelated add_header silently loses the server's security headers.
/// </summary>
public sealed class NginxSecurityHeaders : IProbe
{
    private static readonly string[] Required = ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy"];

    public IEnumerable<Finding> Run(ProbeContext context) => NginxFiles.Judge(context, c => Judge(context, c));

    private static List<Finding> Judge(ProbeContext context, NginxConfig config)
    {
        var findings = new List<Finding>();
        foreach (var server in config.Servers.Where(s => !RedirectsOnly(s)))
        {
            var required = NginxFiles.ListensWithTls(server) ? [.. Required, "strict-transport-security"] : Required;
            var serverHeaders = Headers(config.Http, server);
            var missing = required.Where(h => !serverHeaders.ContainsKey(h)).ToList();
            if (missing.Count > 0)
            {
                // One failure per missing header, each about its own subject, so a line about CSP is refuted by
                // the missing CSP and not by a missing Referrer-Policy; what the server does send is evidence too.
                findings.AddRange(missing.Select(h => NginxFiles.At(context, Outcome.Fail, server, $"{NginxFiles.Describe(server)} does not send {h}") with { Subject = "header:" + h }));
                var sent = required.Where(serverHeaders.ContainsKey).ToList();
                if (sent.Count > 0)
                {
                    findings.Add(NginxFiles.At(context, Outcome.Pass, serverHeaders[sent[0]], $"{NginxFiles.Describe(server)} sends {string.Join(", ", sent)}"));
                }

                continue;
            }

            var dropped = false;
            foreach (var location in Locations(server).Where(l => l.All("add_header").Any() || l.All("more_set_headers").Any()))
            {
                var own = Headers(null, location);
                var lost = required.Where(h => !own.ContainsKey(h)).ToList();
                if (lost.Count > 0)
                {
                    dropped = true;
                    findings.AddRange(lost.Select(h => NginxFiles.At(context, Outcome.Fail, location, $"location {string.Join(' ', location.Args)} has its own add_header, so nginx stops sending the server's {h}") with { Subject = "header:" + h }));
                }
            }

            if (!dropped)
            {
                findings.Add(NginxFiles.At(context, Outcome.Pass, serverHeaders["content-security-policy"], $"{NginxFiles.Describe(server)} sends {string.Join(", ", required)}"));
            }
        }

        return findings.Count > 0 ? findings : [context.AtFile(Outcome.NotApplicable, config.RootPath, "no server block serves content")];
    }

    /// <summary>The headers a block sends: its own add_header lines, or when it has none those of the nearest enclosing block.</summary>
    private static Dictionary<string, NginxDirective> Headers(NginxDirective? outer, NginxDirective block)
    {
        var source = block.All("add_header").Any() || block.All("more_set_headers").Any() ? block : outer;
        var headers = new Dictionary<string, NginxDirective>(StringComparer.Ordinal);
        foreach (var header in source?.Children ?? [])
        {
            var name = header.Name switch
            {
                "add_header" => header.Arg(0),
                "more_set_headers" => header.Arg(0).Split(':')[0],
                _ => "",
            };
            if (name.Length > 0)
            {
                headers.TryAdd(name.ToLowerInvariant(), header);
            }
        }

        if (!headers.ContainsKey("x-frame-options") && headers.TryGetValue("content-security-policy", out var csp) && csp.ToString().Contains("frame-ancestors", StringComparison.Ordinal))
        {
            headers["x-frame-options"] = csp;
        }

        return headers;
    }

    private static IEnumerable<NginxDirective> Locations(NginxDirective block) =>
        block.All("location").SelectMany(l => new[] { l }.Concat(Locations(l)));

    private static bool RedirectsOnly(NginxDirective server) =>
        server.Last("return") is { } r && r.Arg(0) is "301" or "302" or "307" or "308" && !server.All("location").Any();
}
