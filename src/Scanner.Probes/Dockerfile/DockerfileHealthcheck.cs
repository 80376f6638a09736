using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>The final stage (or a stage it builds on) declares a HEALTHCHECK that is not NONE.</summary>
public sealed class DockerfileHealthcheck : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => [Judge(context, doc, model)]);

    private static Finding Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var check = model.Chain(model.FinalStage!).Select(s => s.Last("HEALTHCHECK")).FirstOrDefault(h => h is not null);
        if (check is null)
        {
            return context.AtLine(Outcome.Fail, doc, model.FinalStage!.Line, "the final stage declares no HEALTHCHECK");
        }

        return check.Body.StartsWith("NONE", StringComparison.OrdinalIgnoreCase)
            ? context.AtLine(Outcome.Fail, doc, check.Line, "HEALTHCHECK NONE switches off the base image's health check")
            : context.AtLine(Outcome.Pass, doc, check.Line, "the image declares a HEALTHCHECK");
    }
}
