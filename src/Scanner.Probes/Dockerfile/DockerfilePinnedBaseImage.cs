using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>Every external image a build starts from or copies from has a tag other than latest, or better a digest.</summary>
public sealed class DockerfilePinnedBaseImage : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => Judge(context, doc, model));

    private static List<Finding> Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var findings = new List<Finding>();
        var global = DockerVariables.Global(model);
        foreach (var stage in model.Stages)
        {
            if (!model.IsStageName(stage.Base, stage.Index))
            {
                Add(context, doc, stage.Line, stage.Base, global, findings);
            }

            foreach (var copy in stage.All("COPY"))
            {
                if (copy.Flag("from") is { } from && model.FindStage(from) is null && !int.TryParse(from, out _))
                {
                    Add(context, doc, copy.Line, from, DockerVariables.At(model, stage, copy), findings);
                }
            }
        }

        return findings.Count > 0 ? findings : [context.AtFile(Outcome.NotApplicable, doc.Path, "every stage starts FROM scratch: nothing to pin")];
    }

    private static void Add(ProbeContext context, SourceDocument doc, int line, string written, IReadOnlyDictionary<string, string?> vars, List<Finding> findings)
    {
        if (DockerVariables.Expand(written, vars) is not { } expanded)
        {
            findings.Add(context.AtLine(Outcome.Inconclusive, doc, line, $"image {written} depends on a build argument with no default"));
            return;
        }

        var image = DockerImageRef.Parse(expanded);
        if (image.IsScratch)
        {
            return;
        }

        findings.Add(image switch
        {
            { Digest: not null } => context.AtLine(Outcome.Pass, doc, line, $"{image.Repository} is pinned by digest"),
            { IsLatestOrUntagged: true } => context.AtLine(Outcome.Fail, doc, line, $"{expanded} is {(image.Tag is null ? "untagged" : "tagged latest")}: every build may get a different image"),
            _ => context.AtLine(Outcome.Pass, doc, line, $"{expanded} is pinned to a tag (a digest would pin it for good: tags can move)"),
        });
    }
}
