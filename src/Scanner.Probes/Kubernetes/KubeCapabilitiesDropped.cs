using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Kubernetes;

/// <summary>
/// Every container drops all Linux capabilities (securityContext.capabilities.drop includes ALL) and adds back none
/// beyond NET_BIND_SERVICE, as the Pod Security Standards' restricted profile asks.
/// </summary>
public sealed class KubeCapabilitiesDropped : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        KubeManifests.Judge(context, w => w.Containers.Count > 0, w => Judge(context, w), "no Kubernetes workload");

    private static IEnumerable<Finding> Judge(ProbeContext context, KubeObject workload)
    {
        foreach (var container in workload.Containers)
        {
            var name = workload.Describe(container);
            var capabilities = container["securityContext"]?["capabilities"];
            var drop = capabilities?.Entry("drop");
            var added = (capabilities?["add"]?.AsList() ?? []).Where(c => !Is(c, "NET_BIND_SERVICE")).ToList();
            if (added.Count > 0)
            {
                yield return context.AtLine(Outcome.Fail, workload.Doc, added[0].Line, $"{name} adds capabilities back: {string.Join(", ", added.Select(a => a.Text))}");
            }
            else if (drop is not null && drop.Value.AsList().Any(c => Is(c, "ALL")))
            {
                yield return context.AtLine(Outcome.Pass, workload.Doc, drop.Line, $"{name} drops all capabilities");
            }
            else
            {
                yield return context.AtLine(Outcome.Fail, workload.Doc, drop?.Line ?? KubeObject.ContainerLine(container),
                    $"{name} keeps the runtime's default capabilities (no capabilities.drop: [ALL])");
            }
        }
    }

    private static bool Is(YamlNode capability, string name) =>
        string.Equals(capability.Text.Replace("CAP_", "", StringComparison.OrdinalIgnoreCase), name, StringComparison.OrdinalIgnoreCase);
}
