using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>The image is built in stages and the final stage copies only build output from an earlier one.</summary>
public sealed class DockerfileMultiStage : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => [Judge(context, doc, model)]);

    private static Finding Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var final = model.FinalStage!;
        if (model.Stages.Count == 1)
        {
            return context.AtLine(Outcome.Fail, doc, final.Line, $"single-stage build: everything used to build the image ships in it ({final.Base})");
        }

        var chain = model.Chain(final);
        var copy = chain.SelectMany(s => s.All("COPY").Concat(s.All("ADD")))
            .Where(c => c.Flag("from") is { } from && model.FindStage(from) is { } source && source.Index < final.Index && !chain.Contains(source))
            .OrderBy(c => c.Line)
            .FirstOrDefault();
        if (copy is not null)
        {
            return context.AtLine(Outcome.Pass, doc, copy.Line, $"{model.Stages.Count} stages; the final stage copies build output from '{copy.Flag("from")}'");
        }

        return chain.Count > 1
            ? context.AtLine(Outcome.Fail, doc, final.Line, $"the final stage is built FROM stage '{final.Base}', so that stage's build tools and sources ship too")
            : context.AtLine(Outcome.Fail, doc, final.Line, $"{model.Stages.Count} stages, but the final stage copies nothing from the earlier ones");
    }
}
