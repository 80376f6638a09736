using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Compose;

/// <summary>No service runs privileged, adds ALL or SYS_ADMIN capabilities, or mounts the Docker socket: each is root on the host.</summary>
public sealed class ComposeNoPrivileged : IProbe
{
    private static readonly string[] HostRootCapabilities = ["ALL", "SYS_ADMIN", "CAP_SYS_ADMIN"];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => Judge(context, s), "no compose service");

    private static List<Finding> Judge(ProbeContext context, ComposeService service)
    {
        var findings = new List<Finding>();
        if (service.Entry("privileged") is { } privileged && privileged.Value.IsTrue)
        {
            findings.Add(context.AtLine(Outcome.Fail, service.Doc, privileged.Line, $"{service.Name} runs privileged: it has every capability and every host device"));
        }

        foreach (var cap in service.Node["cap_add"]?.Items.Where(c => HostRootCapabilities.Contains(c.Text.ToUpperInvariant())) ?? [])
        {
            findings.Add(context.AtLine(Outcome.Fail, service.Doc, cap.Line, $"{service.Name} adds capability {cap.Text}, which amounts to root on the host"));
        }

        foreach (var volume in service.Node["volumes"]?.Items.Where(v => (v.IsScalar ? v.Text : v["source"]?.Text ?? "").Contains("docker.sock", StringComparison.Ordinal)) ?? [])
        {
            findings.Add(context.AtLine(Outcome.Fail, service.Doc, volume.Line, $"{service.Name} mounts the Docker socket: whoever controls it controls the host"));
        }

        return findings.Count > 0 ? findings : [context.AtLine(Outcome.Pass, service.Doc, service.Line, $"{service.Name} runs unprivileged")];
    }
}
