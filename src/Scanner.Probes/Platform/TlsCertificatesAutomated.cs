using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.Platform;

/// <summary>
/// The deployment obtains and renews its certificates (<see cref="AcmeIssuers"/>), naming the challenge so a line
/// that states one can be checked. A Caddy site served only with its internal CA or with automatic HTTPS off, and
/// nothing else issuing, fails. Certificates a proxy loads from files the repository does not create, or port 443
/// published with no issuer in sight, are terminated outside what the repository shows: undecided. No proxy or
/// deployment config at all is not applicable: the platform terminates TLS.
/// </summary>
public sealed partial class TlsCertificatesAutomated : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var issuers = AcmeIssuers.Find(context);
        var trusted = issuers.Where(i => i.Public).ToList();
        if (trusted.Count > 0)
        {
            return [.. trusted.Select(i => context.Pass(i.Doc, i.Offset, $"certificates obtained and renewed by {i.Via} (challenge: {i.Challenge})"))];
        }

        if (issuers.Count > 0)
        {
            return [.. issuers.Select(i => context.Fail(i.Doc, i.Offset, $"{i.Via} gets no publicly trusted certificate: {i.Challenge}"))];
        }

        foreach (var file in context.Workspace.Files.Where(f => !CodeKinds.InNonProductFolder(f.Path) && !CodeKinds.IsTest(f.Path) && !f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            if (context.Workspace.Read(file) is { } doc && IgnoreCaseSearch.Contains(doc.Content, "443") && Terminated().Match(doc.Content) is { Success: true } m)
            {
                return [context.AtOffset(Outcome.Inconclusive, doc, m.Index,
                    $"TLS is served here ({m.Value.Trim()}) with certificates from outside the repository: who issues and renews them is not in it")];
            }
        }

        return [context.NotApplicable("no proxy or deployment config serves TLS (no Caddy site, Traefik resolver, cert-manager issuer, certbot run, ssl_certificate or published port 443): the platform terminates it")];
    }

    [GeneratedRegex(@"\bssl_certificate\s+\S+|\blisten\s+443\b|[""']?443:443[""']?|\bsecretName:\s*\S+|\bcertFile\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TerminatedCompiled();
    private static Regex Terminated() => LinearRegex.Pick(TerminatedCompiled());
}
