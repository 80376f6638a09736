using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Kubernetes;

/// <summary>
/// Kubernetes objects in the card's YAML files: every document with <c>apiVersion</c> and <c>kind</c> (and the items
/// of a <c>kind: List</c>). A file that looks like a manifest but does not parse (a Helm template, broken YAML)
/// gives one Inconclusive finding; other YAML is not a manifest and is skipped.
/// </summary>
internal static class KubeManifests
{
    public static List<KubeObject> Read(ProbeContext context, List<Finding> problems)
    {
        var objects = new List<KubeObject>();
        foreach (var doc in context.Documents())
        {
            var file = YamlDocuments.Get(doc);
            var roots = file.Documents;
            if (!file.IsValid)
            {
                if (doc.Content.Contains("apiVersion:", StringComparison.Ordinal) && doc.Content.Contains("kind:", StringComparison.Ordinal))
                {
                    var why = doc.Content.Contains("{{", StringComparison.Ordinal) ? "a template (render it with helm template or kustomize build to check it)" : file.Error;
                    problems.Add(context.Inconclusive($"Kubernetes manifest could not be read: {why}", new SourceLocation(doc.Path, file.ErrorLine)));
                }

                // kubectl reads a stream document by document: one broken document does not hide the others.
                roots = doc.Content.Contains("{{", StringComparison.Ordinal) ? [] : KubeStream.ReadableDocuments(doc.Content);
            }

            foreach (var root in roots.SelectMany(d => d["kind"]?.Text == "List" ? d["items"]?.Items ?? [] : [d]))
            {
                if (root.IsMapping && root["apiVersion"] is { IsScalar: true } && root.Entry("kind") is { } kind)
                {
                    objects.Add(new KubeObject(doc, root, kind.Value.Text, root.At("metadata", "name")?.Text ?? "(unnamed)", kind.Line));
                }
            }
        }

        return objects;
    }

    /// <summary>Runs a judgement over the workloads (objects with a pod spec); NotApplicable when there are none.</summary>
    public static IEnumerable<Finding> Judge(ProbeContext context, Func<KubeObject, bool> applies, Func<KubeObject, IEnumerable<Finding>> judge, string nothing)
    {
        var findings = new List<Finding>();
        foreach (var workload in Read(context, findings).Where(applies))
        {
            findings.AddRange(judge(workload));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable(nothing)];
    }
}
