using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Probes.Dockerfile;

namespace Scanner.Probes.Kubernetes;

/// <summary>ConfigMaps hold no credentials: no key named like a secret with a value, and no value in a secret's format.</summary>
public sealed class KubeNoSecretsInConfigMap : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        KubeManifests.Judge(context, o => o.Kind == "ConfigMap", o => Judge(context, o), "no ConfigMap");

    private static List<Finding> Judge(ProbeContext context, KubeObject map)
    {
        var findings = new List<Finding>();
        foreach (var entry in map.Root["data"]?.Entries ?? [])
        {
            var value = entry.Value.Text;
            var matches = SecretScanner.Scan($"{entry.Name}={value}", Language.Env);
            if (value.Length > 0 && (matches.Count > 0 || (SecretNames.IsSecret(entry.Name) && !value.Contains('$', StringComparison.Ordinal))))
            {
                findings.Add(context.AtLine(Outcome.Fail, map.Doc, entry.Line,
                    $"{map}: {entry.Name} holds a credential ({Redactor.Redact(value, matches.Count > 0 ? matches[0].Kind.VisiblePrefix : 0)}); ConfigMaps are readable by anyone who can read the namespace's config: use a Secret"));
            }
        }

        return findings.Count > 0 ? findings : [context.AtLine(Outcome.Pass, map.Doc, map.Line, $"{map} holds no credential")];
    }
}
