using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Kubernetes;

/// <summary>One Kubernetes object from a manifest: kind, name, the line of its <c>kind:</c> key, and for workloads the pod spec and containers.</summary>
public sealed record KubeObject(SourceDocument Doc, YamlNode Root, string Kind, string Name, int Line)
{
    private static readonly HashSet<string> TemplateKinds = new(StringComparer.Ordinal)
    {
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController",
    };

    /// <summary>Workloads that keep running and so need probes and replicas: not Jobs, CronJobs or bare Pods.</summary>
    public bool IsLongRunning => Kind is "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet";

    public YamlNode? PodSpec => Kind switch
    {
        "Pod" => Root["spec"],
        "CronJob" => Root.At("spec", "jobTemplate", "spec", "template", "spec"),
        _ when TemplateKinds.Contains(Kind) => Root.At("spec", "template", "spec"),
        _ => null,
    };

    public IReadOnlyList<YamlNode> Containers => PodSpec?["containers"]?.Items.Where(c => c.IsMapping).ToList() ?? [];

    public static string ContainerName(YamlNode container) => container["name"]?.Text ?? "(unnamed)";

    /// <summary>How findings name one of this workload's containers: "Deployment api: container web".</summary>
    public string Describe(YamlNode container) => $"{this}: container {ContainerName(container)}";

    /// <summary>Where a finding about a container points: its <c>name:</c> line.</summary>
    public static int ContainerLine(YamlNode container) => container.Entry("name")?.Line ?? container.Line;

    public override string ToString() => $"{Kind} {Name}";
}
