using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>
/// No ENV or ARG carries a credential: a literal value is in the image for anyone who pulls it, and a build
/// argument named like a secret is recorded in the image history even when passed at build time.
/// </summary>
public sealed class DockerfileNoSecretsInEnv : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => Judge(context, doc, model));

    private static List<Finding> Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var findings = new List<Finding>();
        var instructions = model.GlobalArgs.Concat(model.Stages.SelectMany(s => s.Instructions)).Where(i => i.Keyword is "ENV" or "ARG").ToList();
        foreach (var instruction in instructions)
        {
            foreach (var (name, value) in DockerVariables.Assignments(instruction))
            {
                if (Judge(context, doc, instruction, name, value) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        // A pass needs something checked: a Dockerfile without ENV or ARG has nothing this probe can judge.
        return findings.Count > 0 ? findings
            : instructions.Count == 0 ? [context.NotApplicable($"{doc.Path}: no ENV or ARG instruction")]
            : [context.AtLine(Outcome.Pass, doc, model.FinalStage!.Line, $"no credential in {instructions.Count} ENV/ARG instruction(s)")];
    }

    private static Finding? Judge(ProbeContext context, SourceDocument doc, DockerInstruction instruction, string name, string? value)
    {
        var literal = value is { Length: > 0 } && !value.Contains('$', StringComparison.Ordinal);
        var matches = literal ? SecretScanner.Scan($"{name}={value}", Language.Env) : [];
        var found = matches.Count > 0 ? matches[0] : null;
        if (found is not null || (literal && SecretNames.IsSecret(name)))
        {
            return context.AtLine(Outcome.Fail, doc, instruction.Line,
                $"{instruction.Keyword} {name} holds a literal credential ({Redactor.Redact(value!, found?.Kind.VisiblePrefix ?? 0)}): it is readable in every image built from this file");
        }

        // ENV KEY="" only declares the variable for the runtime to fill: nothing is recorded in the image. A build
        // argument is different: whatever is passed for it at build time lands in the image history.
        var declaredEmpty = instruction.Keyword == "ENV" && (value is null || value.Trim() is "" or "\"\"" or "''");
        return SecretNames.IsSecret(name) && !declaredEmpty
            ? context.AtLine(Outcome.Fail, doc, instruction.Line,
                $"{instruction.Keyword} {name} passes a credential through {(instruction.Keyword == "ARG" ? "a build argument" : "the environment")}: it is recorded in the image; use RUN --mount=type=secret or a runtime secret")
            : null;
    }
}
