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
        foreach (var doc in context.Documents())
        {
            files++;
            var model = DockerfileDocuments.Get(doc);
            if (model.FinalStage is null)
            {
                findings.Add(context.Inconclusive("no FROM instruction: not a Dockerfile this probe can read", new SourceLocation(doc.Path, 0)));
                continue;
            }

            findings.AddRange(judge(doc, model));
        }

        return files > 0 ? findings : [context.NotApplicable("no Dockerfile")];
    }

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
