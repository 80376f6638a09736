using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>The loop every Dockerfile probe shares: each selected file parsed once (cached), no FROM → Inconclusive, none → NotApplicable.</summary>
internal static class Dockerfiles
{
    public static IEnumerable<Finding> Judge(ProbeContext context, Func<SourceDocument, DockerfileModel, IEnumerable<Finding>> judge)
    {
        var findings = new List<Finding>();
        var files = 0;
        var development = new List<string>();
        foreach (var doc in context.Documents())
        {
            if (IsDevelopmentImage(doc.Path))
            {
                development.Add(doc.Path);
                continue;
            }

            files++;
            var model = DockerfileDocuments.Get(doc);
            if (model.FinalStage is null)
            {
                findings.Add(context.Inconclusive("no FROM instruction: not a Dockerfile this probe can read", new SourceLocation(doc.Path, 0)));
                continue;
            }

            findings.AddRange(judge(doc, model));
        }

        if (files == 0)
        {
            return [context.NotApplicable(development.Count > 0 ? $"only development images ({string.Join(", ", development)}), which production does not run" : "no Dockerfile")];
        }

        return findings;
    }

    /// <summary>
    /// A Dockerfile named for development or tests (<c>Dockerfile.dev</c>, <c>dev.Dockerfile</c>,
    /// <c>Dockerfile.local</c>, <c>Dockerfile.test</c>): production does not run it, so it neither meets nor
    /// refutes a readiness claim (TRUTH.md §2, dev-only code).
    /// </summary>
    public static bool IsDevelopmentImage(string path) => NonProduction.IsDevelopmentFile(path);

    /// <summary>The image a stage starts from with global ARGs expanded; null when it depends on an ARG with no default.</summary>
    public static DockerImageRef? BaseImage(DockerfileModel model, DockerStage stage) =>
        DockerVariables.Expand(stage.Base, DockerVariables.Global(model)) is { } expanded ? DockerImageRef.Parse(expanded) : null;

    /// <summary>
    /// The instructions whose results end up in the final image: the final stage and the stages it is built
    /// FROM, plus the stages whose output a COPY --from takes when <paramref name="shipsFrom"/> says that copy
    /// carries their installs (<c>COPY --from=deps /app/node_modules</c>).
    /// </summary>
    public static IEnumerable<(DockerStage Stage, DockerInstruction Instruction)> Shipped(DockerfileModel model, Func<DockerInstruction, bool> shipsFrom)
    {
        var stages = model.Chain(model.FinalStage!).ToList();
        foreach (var copy in stages.SelectMany(s => s.All("COPY")).ToList())
        {
            if (copy.Flag("from") is { } from && model.FindStage(from) is { } source && !stages.Contains(source) && shipsFrom(copy))
            {
                stages.AddRange(model.Chain(source).Where(s => !stages.Contains(s)));
            }
        }

        return stages.OrderBy(s => s.Index).SelectMany(s => s.Instructions.Select(i => (s, i)));
    }
}
