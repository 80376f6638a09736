using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Platform;

/// <summary>
/// Certificates are issued through the ACME DNS-01 challenge (a DNS provider in Caddy's <c>tls</c> block or
/// <c>acme_dns</c>, Traefik <c>dnsChallenge</c>, a cert-manager <c>dns01</c> solver, certbot <c>--dns-*</c>). An
/// issuer configured for HTTP-01 or TLS-ALPN-01 only contradicts a line that says DNS-01; no issuer config is not
/// applicable here (tls-certificates-automated says whether certificates are handled at all).
/// </summary>
public sealed class TlsDnsChallenge : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var issuers = AcmeIssuers.Find(context).Where(i => i.Public).ToList();
        if (issuers.Count == 0)
        {
            return [context.NotApplicable("no ACME issuer config (Caddy site, Traefik resolver, cert-manager issuer, certbot run) in the repository")];
        }

        var dns = issuers.Where(i => i.Challenge == "DNS-01").ToList();
        if (dns.Count > 0)
        {
            return [.. dns.Select(i => context.Pass(i.Doc, i.Offset, $"{i.Via} uses the DNS-01 challenge"))];
        }

        var stated = issuers.Where(i => i.Challenge != "not stated").ToList();
        return stated.Count > 0
            ? [.. stated.Select(i => context.Fail(i.Doc, i.Offset, $"{i.Via} uses {i.Challenge}, not DNS-01"))]
            : [.. issuers.Select(i => context.AtOffset(Outcome.Inconclusive, i.Doc, i.Offset, $"{i.Via} does not say which challenge it uses"))];
    }
}
