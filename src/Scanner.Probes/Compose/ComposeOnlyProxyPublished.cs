using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Compose;

/// <summary>
/// In a compose file with a reverse proxy, the proxy is the only service that publishes ports on the host's public
/// interfaces: an app or admin service published beside it is reachable around the proxy's TLS, headers and
/// limits. Without a proxy service the file does not say which service is meant to be public, so it is not judged.
/// Databases and caches are left to compose-datastore-ports-not-published, which judges them with or without a proxy.
/// </summary>
public sealed class ComposeOnlyProxyPublished : IProbe
{
    private static readonly HashSet<string> ProxyImages = new(StringComparer.Ordinal)
    {
        "caddy", "nginx", "nginx-unprivileged", "openresty", "traefik", "haproxy", "envoy", "nginx-proxy", "nginx-proxy-manager", "swag",
    };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var judged = false;
        foreach (var file in ComposeFiles.Services(context, findings).GroupBy(s => s.Doc.Path, StringComparer.Ordinal))
        {
            var services = file.ToList();
            var proxies = services.Where(IsProxy).ToList();
            if (proxies.Count == 0)
            {
                continue;
            }

            judged = true;
            var published = services
                .Where(s => !IsProxy(s) && !s.IsOneShot && !Datastores.IsDatastoreImage(s.ImageName))
                .SelectMany(s => (s.Node["ports"]?.Items.Select(ComposePort.Parse).OfType<ComposePort>() ?? []).Where(p => Datastores.PortName(p.Target) is null).Select(p => (Service: s, Port: p)))
                .ToList();
            var names = string.Join(", ", proxies.Select(p => p.Name));
            findings.AddRange(published.Select(x => x.Port.IsLoopbackOnly
                ? context.AtLine(Outcome.Pass, x.Service.Doc, x.Port.Line, $"{x.Service.Name} publishes port {x.Port.Target} on {x.Port.HostIp} only: the proxy ({names}) stays the way in")
                : context.AtLine(Outcome.Fail, x.Service.Doc, x.Port.Line, $"{x.Service.Name} publishes port {x.Port.Target} on every host interface beside the reverse proxy ({names}): it is reachable around the proxy")));
            if (!published.Exists(x => !x.Port.IsLoopbackOnly))
            {
                findings.Add(context.AtLine(Outcome.Pass, proxies[0].Doc, proxies[0].Line, $"only the reverse proxy ({names}) publishes ports on every interface; the other {services.Count - proxies.Count} service(s) are reached through the compose network"));
            }
        }

        return judged || findings.Count > 0 ? findings : [context.NotApplicable("no compose file with a reverse proxy service (caddy, nginx, traefik, haproxy, envoy)")];
    }

    private static bool IsProxy(ComposeService service) =>
        ProxyImages.Contains(service.ImageName) || (service.Image.Length == 0 && service.Name is "caddy" or "nginx" or "traefik" or "proxy" or "reverse-proxy");
}
