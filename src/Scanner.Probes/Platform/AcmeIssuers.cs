using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.Platform;

/// <summary>
/// Where a repository's deployment gets its TLS certificates, read from its own config: Caddy site addresses with a
/// domain (automatic HTTPS; a <c>dns</c> provider in a <c>tls</c> block or <c>acme_dns</c> means DNS-01), Traefik
/// certificate resolvers (<c>dnsChallenge</c>, <c>httpChallenge</c>, <c>tlsChallenge</c>), cert-manager issuers
/// (<c>dns01</c>, <c>http01</c> solvers) and certbot runs (<c>--dns-*</c>, <c>--webroot</c>, <c>--standalone</c>,
/// <c>--nginx</c>). Docs, tests and example folders are not the deployment.
/// </summary>
public static partial class AcmeIssuers
{
    public static List<AcmeIssuer> Find(ProbeContext context)
    {
        var found = new List<AcmeIssuer>();
        foreach (var file in context.Workspace.Files.Where(f => Candidate(f.Path)))
        {
            if (context.Workspace.Read(file) is not { } doc)
            {
                continue;
            }

            var name = doc.Path[(doc.Path.LastIndexOf('/') + 1)..];
            if (name.StartsWith("Caddyfile", StringComparison.Ordinal) || name.EndsWith(".caddyfile", StringComparison.Ordinal))
            {
                found.AddRange(Caddy(doc));
                continue;
            }

            if (IgnoreCaseSearch.Contains(doc.Content, "certificatesresolvers") && Traefik().Match(doc.Content) is { Success: true } t)
            {
                found.Add(new AcmeIssuer(doc, t.Index, "Traefik certificate resolver", Challenge(doc.Content, "dnsChallenge", "httpChallenge", "tlsChallenge"), true));
            }

            if (doc.Content.Contains("acme:", StringComparison.Ordinal) && Issuer().Match(doc.Content) is { Success: true } i)
            {
                found.Add(new AcmeIssuer(doc, i.Index, "cert-manager ACME issuer", Challenge(doc.Content, "dns01:", "http01:", null), true));
            }

            if (doc.Content.Contains("certbot", StringComparison.Ordinal) && Certbot().Match(doc.Content) is { Success: true } c)
            {
                var dns = doc.Content.Contains("--dns-", StringComparison.Ordinal) || doc.Content.Contains("certbot-dns-", StringComparison.Ordinal);
                var http = doc.Content.Contains("--webroot", StringComparison.Ordinal) || doc.Content.Contains("--standalone", StringComparison.Ordinal) || doc.Content.Contains("--nginx", StringComparison.Ordinal);
                found.Add(new AcmeIssuer(doc, c.Index, "certbot", dns ? "DNS-01" : http ? "HTTP-01" : "not stated", true));
            }
        }

        return found;
    }

    private static bool Candidate(string path) =>
        !CodeKinds.IsTest(path) && !CodeKinds.InNonProductFolder(path) && !path.EndsWith(".md", StringComparison.Ordinal) &&
        (path.Contains("Caddyfile", StringComparison.Ordinal) || path.EndsWith(".caddyfile", StringComparison.Ordinal) ||
         path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".toml", StringComparison.Ordinal) ||
         path.EndsWith(".sh", StringComparison.Ordinal) || path.Contains("Dockerfile", StringComparison.Ordinal) || path.Contains("cron", StringComparison.OrdinalIgnoreCase));

    private static string Challenge(string text, string dns, string http, string? tls) =>
        text.Contains(dns, StringComparison.Ordinal) ? "DNS-01"
        : text.Contains(http, StringComparison.Ordinal) ? "HTTP-01"
        : tls is not null && text.Contains(tls, StringComparison.Ordinal) ? "TLS-ALPN-01"
        : "not stated";

    private static IEnumerable<AcmeIssuer> Caddy(SourceDocument doc)
    {
        var off = AutoHttpsOff().Match(doc.Content);
        var dns = CaddyDns().IsMatch(doc.Content);
        foreach (Match site in SiteAddress().Matches(doc.Content))
        {
            var address = site.Groups["address"].Value;
            if (!address.Contains('.', StringComparison.Ordinal) && !address.Contains("{$", StringComparison.Ordinal) || address.StartsWith("http://", StringComparison.Ordinal) || address.Contains("localhost", StringComparison.Ordinal))
            {
                continue;
            }

            var block = doc.Content[site.Index..Math.Min(doc.Content.Length, site.Index + 2000)];
            var internalCa = block.Contains("tls internal", StringComparison.Ordinal);
            yield return off.Success || internalCa
                ? new AcmeIssuer(doc, site.Index, $"Caddy site {address}", off.Success ? "none (auto_https off)" : "none (tls internal: Caddy's own CA)", false)
                : new AcmeIssuer(doc, site.Index, $"Caddy automatic HTTPS for {address}", dns ? "DNS-01" : "HTTP-01 or TLS-ALPN-01 (no DNS provider configured)", true);
        }
    }

    [GeneratedRegex(@"^(?<address>(?:https://)?[\w.*{}$-]+\.?[\w.{}$-]*(?::\d+)?)(?:[ \t]*,[ \t]*[^\n{]{1,200})?[ \t]*\{[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SiteAddressCompiled();
    private static Regex SiteAddress() => LinearRegex.Pick(SiteAddressCompiled());

    [GeneratedRegex(@"^\s*auto_https\s+off\b", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AutoHttpsOffCompiled();
    private static Regex AutoHttpsOff() => LinearRegex.Pick(AutoHttpsOffCompiled());

    [GeneratedRegex(@"^\s*(?:dns\s+\w+|acme_dns\s+\w+)", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CaddyDnsCompiled();
    private static Regex CaddyDns() => LinearRegex.Pick(CaddyDnsCompiled());

    [GeneratedRegex(@"certificates[Rr]esolvers(?:\.|:|\])[^\n]{0,200}|certificatesresolvers\.\w+\.acme", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TraefikCompiled();
    private static Regex Traefik() => LinearRegex.Pick(TraefikCompiled());

    [GeneratedRegex(@"^kind:\s*(?:Cluster)?Issuer\b", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IssuerCompiled();
    private static Regex Issuer() => LinearRegex.Pick(IssuerCompiled());

    [GeneratedRegex(@"\bcertbot(?:/certbot|\s+(?:certonly|renew|run|--nginx|--apache))\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CertbotCompiled();
    private static Regex Certbot() => LinearRegex.Pick(CertbotCompiled());
}
