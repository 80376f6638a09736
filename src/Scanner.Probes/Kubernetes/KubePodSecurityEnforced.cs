using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Kubernetes;

/// <summary>
/// Pod security is enforced by an admission mechanism current clusters run: Pod Security Admission labels on a
/// Namespace, a Kyverno or Gatekeeper policy, or a ValidatingAdmissionPolicy. A PodSecurityPolicy fails: the API was
/// removed in Kubernetes 1.25, so the object is rejected and enforces nothing. Workloads with none of these are
/// undecided, since enforcement is often set on the namespace or cluster outside the repository.
/// </summary>
public sealed class KubePodSecurityEnforced : IProbe
{
    private const string EnforceLabel = "pod-security.kubernetes.io/enforce";

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var objects = KubeManifests.Read(context, findings);
        foreach (var psp in objects.Where(o => o.Kind == "PodSecurityPolicy"))
        {
            var api = psp.Root["apiVersion"]?.Text ?? "";
            findings.Add(context.AtLine(Outcome.Fail, psp.Doc, psp.Line,
                $"{psp} ({api}): PodSecurityPolicy was removed in Kubernetes 1.25, so current clusters reject this object and it enforces nothing; use Pod Security Admission labels or a policy engine"));
        }

        foreach (var enforcing in objects.Where(Enforces))
        {
            findings.Add(context.AtLine(Outcome.Pass, enforcing.Doc, enforcing.Line, $"pod security enforced by {Describe(enforcing)}"));
        }

        if (findings.Exists(f => f.Outcome is Outcome.Pass or Outcome.Fail))
        {
            return findings;
        }

        var workload = objects.FirstOrDefault(o => o.PodSpec is not null);
        return workload is null
            ? findings.Count > 0 ? findings : [context.NotApplicable("no Kubernetes workload")]
            : [.. findings, context.Inconclusive($"{workload} and the other workloads have no pod security enforcement in these manifests (no Pod Security Admission label, Kyverno, Gatekeeper or ValidatingAdmissionPolicy); it may be set on the namespace or cluster elsewhere",
                new SourceLocation(workload.Doc.Path, workload.Line))];
    }

    private static bool Enforces(KubeObject o) => o.Kind switch
    {
        "Namespace" => o.Root.At("metadata", "labels")?[EnforceLabel] is { IsScalar: true, Text.Length: > 0 },
        "ValidatingAdmissionPolicy" => true,
        "ClusterPolicy" or "Policy" => (o.Root["apiVersion"]?.Text ?? "").StartsWith("kyverno.io/", StringComparison.Ordinal),
        _ => (o.Root["apiVersion"]?.Text ?? "").StartsWith("constraints.gatekeeper.sh/", StringComparison.Ordinal),
    };

    private static string Describe(KubeObject o) => o.Kind == "Namespace"
        ? $"{o}: Pod Security Admission level '{o.Root.At("metadata", "labels")?[EnforceLabel]?.Text}'"
        : $"{o} ({o.Root["apiVersion"]?.Text})";
}
