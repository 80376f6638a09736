using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Probes.Dockerfile;

namespace Scanner.Probes.Ci;

/// <summary>
/// GitHub workflows take credentials from the secret store (<c>${{ secrets.X }}</c>, <c>secrets: inherit</c>) or
/// from a cloud login over OIDC (<c>id-token: write</c>), and no <c>env:</c>, <c>with:</c>, <c>credentials:</c> or
/// <c>secrets:</c> value is a literal credential the secret detector recognises.
/// </summary>
public sealed class CiSecretsFromStore : IProbe
{
    private static readonly string[] CredentialBlocks = ["env", "with", "credentials", "secrets"];

    private static readonly string[] OidcLogins = ["aws-actions/configure-aws-credentials", "google-github-actions/auth", "azure/login"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var workflows = CiFiles.Read(context, findings).Where(f => f.System == CiSystem.GitHubActions).ToList();
        if (workflows.Count == 0)
        {
            return findings.Count > 0 ? findings : [context.NotApplicable("no GitHub Actions workflow")];
        }

        var judged = findings.Count;
        foreach (var workflow in workflows)
        {
            foreach (var node in workflow.Root!.DescendantsAndSelf().Where(n => n.IsMapping))
            {
                foreach (var block in node.Entries.Where(e => CredentialBlocks.Contains(e.Name, StringComparer.Ordinal)))
                {
                    Judge(context, workflow, block, findings);
                }
            }

            Oidc(context, workflow, findings);
        }

        if (findings.Count == judged)
        {
            findings.Add(context.NotApplicable($"no credential is passed in {workflows.Count} GitHub workflow(s)"));
        }

        return findings;
    }

    private static void Judge(ProbeContext context, CiFile workflow, YamlEntry block, List<Finding> findings)
    {
        var doc = workflow.Doc;
        if (block.Name == "secrets" && block.Value.IsScalar && block.Value.Text == "inherit")
        {
            findings.Add(context.AtLine(Outcome.Pass, doc, block.Line, $"{doc.Path}: passes the caller's secret store on (secrets: inherit)"));
            return;
        }

        foreach (var entry in block.Value.Entries.Where(e => e.Value.IsScalar))
        {
            var value = entry.Value.Text;
            if (value.Contains("secrets.", StringComparison.OrdinalIgnoreCase) && value.Contains("${{", StringComparison.Ordinal))
            {
                findings.Add(context.AtLine(Outcome.Pass, doc, entry.Line, $"{doc.Path}: {entry.Name} comes from the secret store"));
            }
            else if (value.Length > 0 && !value.Contains("${{", StringComparison.Ordinal) && Literal(entry.Name, value) is { } match)
            {
                var shown = Redactor.Redact(value, match.Kind.VisiblePrefix);
                findings.Add(context.AtLine(Outcome.Fail, doc, entry.Line, $"{doc.Path}: {entry.Name} is a literal credential ({shown}); store it as a repository or environment secret and pass ${{{{ secrets.NAME }}}}"));
            }
        }
    }

    /// <summary>The detector's match for a literal value, read as the assignment it is; null when the detector sees no credential.</summary>
    private static SecretMatch? Literal(string name, string value)
    {
        var key = name.Replace('-', '_');
        var matches = SecretScanner.Scan($"{key}={value}", Language.Env);
        return matches.Count > 0 && (SecretNames.IsSecret(key) || !matches[0].Kind.Generic) ? matches[0] : null;
    }

    private static void Oidc(ProbeContext context, CiFile workflow, List<Finding> findings)
    {
        var top = IdToken(workflow.Root!);
        foreach (var (job, step) in GitHubSteps.Of(workflow))
        {
            var action = GitHubSteps.Action(step);
            if (OidcLogins.Contains(action, StringComparer.Ordinal) && (top || IdToken(job.Value)))
            {
                findings.Add(context.AtLine(Outcome.Pass, workflow.Doc, step["uses"]!.Line, $"{workflow.Doc.Path}: job {job.Name} logs in with {action} over OIDC (id-token: write), with no stored cloud key"));
            }
        }
    }

    private static bool IdToken(YamlNode node) => node.At("permissions", "id-token")?.Text == "write" || node["permissions"]?.Text == "write-all";
}
