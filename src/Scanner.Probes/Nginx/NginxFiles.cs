using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Nginx;

namespace Scanner.Probes.Nginx;

/// <summary>
/// The loop every nginx probe shares: configurations found among the card's files (includes resolved), a broken
/// file → one Inconclusive for it (the configuration is not judged on a partial read), none → NotApplicable.
/// </summary>
internal static class NginxFiles
{
    public static IEnumerable<Finding> Judge(ProbeContext context, Func<NginxConfig, IEnumerable<Finding>> judge)
    {
        var findings = new List<Finding>();
        var configs = NginxConfigs.Load(context.Workspace, context.Documents());
        foreach (var config in configs)
        {
            if (config.Problems.Count > 0)
            {
                findings.AddRange(config.Problems.Select(p => context.Inconclusive($"nginx config could not be read: {p.Message}", new SourceLocation(p.Path, p.Line))));
                continue;
            }

            findings.AddRange(judge(config));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no nginx configuration")];
    }

    /// <summary>A finding at a directive, in whichever file of the configuration it was written.</summary>
    public static Finding At(ProbeContext context, Outcome outcome, NginxDirective directive, string message) =>
        context.Workspace.Read(directive.Path) is { } doc
            ? context.AtLine(outcome, doc, directive.Line, message)
            : context.AtFile(outcome, directive.Path, message);

    /// <summary>Where a finding about a whole configuration points: its http block, else its first server block.</summary>
    public static NginxDirective Anchor(NginxConfig config) =>
        config.Http ?? config.Servers.FirstOrDefault() ?? config.Directives[0];

    public static string Describe(NginxDirective server) =>
        server.Last("server_name") is { } name ? $"server {name.Arg(0)}" : $"server at {server.Path}:{server.Line}";

    /// <summary>The value a directive has inside a block, inherited from the enclosing blocks (innermost wins).</summary>
    public static NginxDirective? Effective(string name, params NginxDirective?[] outerToInner)
    {
        NginxDirective? found = null;
        foreach (var block in outerToInner)
        {
            if (block?.Last(name) is { } own)
            {
                found = own;
            }
        }

        return found;
    }

    public static bool ListensWithTls(NginxDirective server) =>
        server.All("listen").Any(l => l.Args.Contains("ssl") || l.Args.Contains("quic")) || server.Last("ssl_certificate") is not null;

    public static bool ListensOnPort80(NginxDirective server)
    {
        var listens = server.All("listen").ToList();
        return listens.Count == 0 || listens.Any(l => l.Arg(0) is var a && (a == "80" || a.EndsWith(":80", StringComparison.Ordinal)) && !l.Args.Contains("ssl"));
    }
}
