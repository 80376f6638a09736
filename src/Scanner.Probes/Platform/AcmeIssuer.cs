using Scanner.Core.Workspaces;

namespace Scanner.Probes.Platform;

/// <summary>
/// One place the deployment obtains certificates (or refuses to): Caddy, Traefik, cert-manager or certbot, with the
/// ACME challenge it uses ("DNS-01", "HTTP-01", "HTTP-01 or TLS-ALPN-01") and whether the certificate is one browsers
/// trust (false for Caddy's <c>tls internal</c> or <c>auto_https off</c>).
/// </summary>
public sealed record AcmeIssuer(SourceDocument Doc, int Offset, string Via, string Challenge, bool Public);
