using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Kubernetes;

/// <summary>Every container's effective securityContext (its own over the pod's) has runAsNonRoot: true or a non-zero runAsUser.</summary>
public sealed class KubeRunAsNonRoot : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        KubeManifests.Judge(context, w => w.Containers.Count > 0, w => Judge(context, w), "no Kubernetes workload");

    private static IEnumerable<Finding> Judge(ProbeContext context, KubeObject workload)
    {
        var pod = workload.PodSpec?["securityContext"];
        foreach (var container in workload.Containers)
        {
            var own = container["securityContext"];
            var name = workload.Describe(container);
            var user = Setting(own, pod, "runAsUser");
            var nonRoot = Setting(own, pod, "runAsNonRoot");
            if (user is not null && long.TryParse(user.Value.Text, out var uid) && uid == 0)
            {
                yield return context.AtLine(Outcome.Fail, workload.Doc, user.Line, $"{name} runs as UID 0 (root)");
            }
            else if (nonRoot is not null && !nonRoot.Value.IsTrue)
            {
                yield return context.AtLine(Outcome.Fail, workload.Doc, nonRoot.Line, $"{name} sets runAsNonRoot: {nonRoot.Value.Text}");
            }
            else if (nonRoot is not null || user is not null)
            {
                var evidence = nonRoot ?? user!;
                yield return context.AtLine(Outcome.Pass, workload.Doc, evidence.Line, $"{name} runs as non-root ({evidence.Name}: {evidence.Value.Text})");
            }
            else
            {
                yield return context.AtLine(Outcome.Fail, workload.Doc, KubeObject.ContainerLine(container),
                    $"{name} sets neither runAsNonRoot nor runAsUser: Kubernetes runs it as whatever user the image says, root included");
            }
        }
    }

    private static YamlEntry? Setting(YamlNode? container, YamlNode? pod, string key) => container?.Entry(key) ?? pod?.Entry(key);
}
