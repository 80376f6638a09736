using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Kubernetes;

/// <summary>
/// Every workload either mounts no service account token (<c>automountServiceAccountToken: false</c> on the pod,
/// or on the <c>default</c> ServiceAccount its manifests define) or runs as a dedicated service account, not the
/// namespace's <c>default</c>.
/// </summary>
public sealed class KubeServiceAccountIsolated : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var objects = KubeManifests.Read(context, findings);
        var quietDefault = objects.FirstOrDefault(o => o.Kind == "ServiceAccount" && o.Name == "default" && o.Root["automountServiceAccountToken"] is { } a && IsFalse(a));
        // Manifests set aside (legacy/, examples/) or for development are not what the cluster runs, and a kustomize
        // patch is a fragment merged onto a base: what it leaves out says nothing.
        var patches = Patches(objects);
        foreach (var workload in objects.Where(o => o.PodSpec is not null && !patches.Contains(o.Doc.Path) && !NonProduction.IsSetAside(o.Doc.Path) && !NonProduction.IsDevelopmentFile(o.Doc.Path)))
        {
            findings.Add(Judge(context, workload, workload.PodSpec!, quietDefault));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no Kubernetes workload")];
    }

    private static Finding Judge(ProbeContext context, KubeObject workload, YamlNode pod, KubeObject? quietDefault)
    {
        var automount = pod.Entry("automountServiceAccountToken");
        var account = pod.Entry("serviceAccountName") ?? pod.Entry("serviceAccount");
        var name = account?.Value.Text ?? "";
        if (automount is not null && IsFalse(automount.Value))
        {
            return context.AtLine(Outcome.Pass, workload.Doc, automount.Line, $"{workload} mounts no service account token (automountServiceAccountToken: false)");
        }

        if (account is not null && (!account.Value.IsScalar || name.Contains("{{", StringComparison.Ordinal)))
        {
            return context.Inconclusive($"{workload}: its service account comes from a template (render it with helm template or kustomize build to check it)", new SourceLocation(workload.Doc.Path, account.Line));
        }

        if (name.Length > 0 && name != "default")
        {
            return context.AtLine(Outcome.Pass, workload.Doc, account!.Line, $"{workload} runs as its own service account {name}");
        }

        if (automount is null && quietDefault is not null)
        {
            return context.AtLine(Outcome.Pass, quietDefault.Doc, quietDefault.Line, $"{workload} runs as the default service account, which mounts no token (automountServiceAccountToken: false)");
        }

        var line = account?.Line ?? automount?.Line ?? workload.Line;
        return context.AtLine(Outcome.Fail, workload.Doc, line,
            $"{workload} runs as the namespace's default service account and mounts its token: any process in it can call the Kubernetes API with whatever that account is granted");
    }

    /// <summary>The files kustomizations name as patches (<c>patchesStrategicMerge</c>, <c>patches[].path</c>), as workspace paths.</summary>
    private static HashSet<string> Patches(List<KubeObject> objects)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kustomization in objects.Where(o => o.Kind == "Kustomization"))
        {
            var folder = kustomization.Doc.Path.Contains('/', StringComparison.Ordinal) ? kustomization.Doc.Path[..kustomization.Doc.Path.LastIndexOf('/')] : "";
            var named = (kustomization.Root["patchesStrategicMerge"]?.Items ?? []).Select(i => i.Text)
                .Concat((kustomization.Root["patches"]?.Items ?? []).Select(i => i["path"]?.Text ?? ""));
            foreach (var path in named.Where(p => p.Length > 0 && !p.Contains('\n', StringComparison.Ordinal)))
            {
                paths.Add(Join(folder, path));
            }
        }

        return paths;
    }

    /// <summary>A relative path joined to a folder with <c>.</c> and <c>..</c> resolved, as the workspace spells paths.</summary>
    private static string Join(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ".."))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static bool IsFalse(YamlNode node) => node.IsScalar && node.Text.ToLowerInvariant() is "false" or "no" or "off";
}
