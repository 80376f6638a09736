using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>The final stage's effective USER, following <c>FROM &lt;earlier stage&gt;</c>, must not be root.</summary>
public sealed class DockerfileNonRootUser : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => [Judge(context, doc, model)]);

    private static Finding Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        foreach (var stage in model.Chain(model.FinalStage!))
        {
            if (stage.Last("USER") is not { } user)
            {
                continue;
            }

            return DockerUser.IsRoot(user.Body, DockerVariables.At(model, stage, user)) switch
            {
                true => context.AtLine(Outcome.Fail, doc, user.Line, $"final stage runs as root (USER {user.Body})"),
                false => context.AtLine(Outcome.Pass, doc, user.Line, $"final stage runs as '{user.Body}'"),
                null => context.AtLine(Outcome.Inconclusive, doc, user.Line, $"USER {user.Body} depends on a build argument with no default"),
            };
        }

        var root = model.Chain(model.FinalStage!)[^1];
        var image = Dockerfiles.BaseImage(model, root);
        if (image is null)
        {
            return context.AtLine(Outcome.Inconclusive, doc, root.Line, $"no USER, and the base image {root.Base} depends on a build argument with no default");
        }

        return DockerUser.IsNonRootBase(image.ToString())
            ? context.AtLine(Outcome.Pass, doc, root.Line, $"no USER, but the base image {image} runs as non-root by default")
            : context.AtLine(Outcome.Fail, doc, model.FinalStage!.Line, $"final stage sets no USER, so it runs as the base image's user ({image}), which is root");
    }
}
