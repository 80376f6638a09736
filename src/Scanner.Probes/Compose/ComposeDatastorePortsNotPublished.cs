using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Compose;

/// <summary>Database, cache and queue services publish no port on the host's public interfaces (loopback binds are fine).</summary>
public sealed class ComposeDatastorePortsNotPublished : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => Judge(context, s), "no database, cache or queue service in a compose file");

    private static List<Finding> Judge(ProbeContext context, ComposeService service)
    {
        var findings = new List<Finding>();
        var datastore = Datastores.IsDatastoreImage(service.ImageName);
        if (datastore && service.Entry("network_mode") is { } mode && mode.Value.Text == "host")
        {
            findings.Add(context.AtLine(Outcome.Fail, service.Doc, mode.Line, $"{service.Name} uses the host network, so every port it listens on is on the host"));
        }

        foreach (var port in service.Node["ports"]?.Items.Select(ComposePort.Parse).OfType<ComposePort>() ?? [])
        {
            var kind = Datastores.PortName(port.Target);
            if (!datastore && kind is null)
            {
                continue;
            }

            var what = kind ?? $"port {port.Target}";
            findings.Add(port.IsLoopbackOnly
                ? context.AtLine(Outcome.Pass, service.Doc, port.Line, $"{service.Name} publishes {what} on {port.HostIp} only")
                : context.AtLine(Outcome.Fail, service.Doc, port.Line, $"{service.Name} publishes {what} ({port.Target}) on every host interface; drop the mapping or bind it to 127.0.0.1"));
        }

        if (datastore && findings.Count == 0)
        {
            findings.Add(context.AtLine(Outcome.Pass, service.Doc, service.Line, $"{service.Name} ({service.ImageName}) publishes no port: only the compose network reaches it"));
        }

        return findings;
    }
}
