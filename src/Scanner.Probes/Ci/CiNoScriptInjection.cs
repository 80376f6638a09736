using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Ci;

/// <summary>
/// No GitHub workflow expands an attacker-controlled context (an issue title, a pull request's branch, a comment)
/// straight into a <c>run:</c> script or an <c>actions/github-script</c> script, directly or through an
/// <c>env.</c> expression that holds one; passing it through <c>env:</c> and reading <c>"$VAR"</c> is the safe form.
/// </summary>
public sealed class CiNoScriptInjection : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var workflows = CiFiles.Read(context, findings).Where(f => f.System == CiSystem.GitHubActions).ToList();
        foreach (var workflow in workflows)
        {
            var judged = findings.Count;
            var top = Tainted(context, workflow, workflow.Root!["env"], findings);
            foreach (var job in workflow.Root!["jobs"]?.Entries ?? [])
            {
                var jobEnv = Tainted(context, workflow, job.Value["env"], findings);
                foreach (var step in job.Value["steps"]?.Items.Where(s => s.IsMapping) ?? [])
                {
                    var env = new Dictionary<string, string>(top, StringComparer.OrdinalIgnoreCase);
                    foreach (var (name, path) in jobEnv.Concat(Tainted(context, workflow, step["env"], findings)))
                    {
                        env[name] = path;
                    }

                    var script = step["run"] ?? (GitHubSteps.Action(step) == "actions/github-script" ? step.At("with", "script") : null);
                    if (script is { IsScalar: true })
                    {
                        Judge(context, workflow, script, env, findings);
                    }
                }
            }

            if (!findings.Skip(judged).Any(f => f.Outcome == Outcome.Fail))
            {
                findings.Add(context.AtFile(Outcome.Pass, workflow.Doc.Path, $"{workflow.Doc.Path}: no script expands an attacker-controlled context (issue, pull request, comment, branch name, commit message) directly"));
            }
        }

        return workflows.Count > 0 || findings.Count > 0 ? findings : [context.NotApplicable("no GitHub Actions workflow")];
    }

    private static void Judge(ProbeContext context, CiFile workflow, YamlNode script, Dictionary<string, string> env, List<Finding> findings)
    {
        foreach (var (line, text) in CiScriptLines.Of(workflow, script))
        {
            foreach (var expression in UntrustedContexts.Expressions(text))
            {
                var message = UntrustedContexts.In(expression) is { } path
                    ? $"expands ${{{{ {path} }}}} into the script: whoever sets it can run commands in the job; pass it through env: and read \"$VAR\""
                    : UntrustedContexts.EnvName(expression) is { } name && env.TryGetValue(name, out var from)
                        ? $"expands ${{{{ env.{name} }}}} (set from {from}) into the script, which re-inserts its text as code; read \"${name}\" instead"
                        : null;
                if (message is not null)
                {
                    findings.Add(context.AtLine(Outcome.Fail, workflow.Doc, line, $"{workflow.Doc.Path}: {message}"));
                    break;
                }
            }
        }
    }

    /// <summary>The variables of an <c>env:</c> block set from an untrusted context, each reported as the safe way to pass it.</summary>
    private static Dictionary<string, string> Tainted(ProbeContext context, CiFile workflow, YamlNode? env, List<Finding> findings)
    {
        var tainted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in env?.Entries ?? [])
        {
            if (entry.Value.IsScalar && UntrustedContexts.Expressions(entry.Value.Text).Select(UntrustedContexts.In).FirstOrDefault(p => p is not null) is { } path)
            {
                tainted[entry.Name] = path;
                findings.Add(context.AtLine(Outcome.Pass, workflow.Doc, entry.Line, $"{workflow.Doc.Path}: passes {path} to its scripts as the variable {entry.Name}, which the shell reads as data"));
            }
        }

        return tainted;
    }
}
