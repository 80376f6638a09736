using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>The final stage's effective USER, following <c>FROM &lt;earlier stage&gt;</c>, must not be root.</summary>
public sealed class DockerfileNonRootUser : IProbe
{
    private static readonly string[] NonRootBaseMarkers = [":nonroot", "-nonroot", "unprivileged", "rootless"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        foreach (var doc in context.Documents())
        {
            var model = DockerfileParser.Parse(doc.Text);
            findings.Add(model.FinalStage is null
                ? context.Inconclusive("no FROM instruction: not a Dockerfile this probe can read", new SourceLocation(doc.Path, 0))
                : Judge(context, doc, model, model.FinalStage, depth: 0));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no Dockerfile")];
    }

    private static Finding Judge(ProbeContext context, SourceDocument doc, DockerfileModel model, DockerStage stage, int depth)
    {
        var user = stage.Instructions.LastOrDefault(i => i.Keyword == "USER");
        if (user is not null)
        {
            var scope = model.GlobalArgs.Concat(stage.Instructions.TakeWhile(i => i != user)).ToList();
            return DockerUser.IsRoot(user.Arguments, scope) switch
            {
                true => context.AtLine(Outcome.Fail, doc, user.Line, $"final stage runs as root (USER {user.Arguments})"),
                false => context.AtLine(Outcome.Pass, doc, user.Line, $"final stage runs as '{user.Arguments}'"),
                null => context.AtLine(Outcome.Inconclusive, doc, user.Line, $"USER {user.Arguments} depends on a build argument with no default"),
            };
        }

        var parent = depth < 16 ? model.Stages.Take(stage.Index).LastOrDefault(s => string.Equals(s.Name, stage.Base, StringComparison.OrdinalIgnoreCase)) : null;
        if (parent is not null)
        {
            return Judge(context, doc, model, parent, depth + 1);
        }

        var lower = stage.Base.ToLowerInvariant();
        return NonRootBaseMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal))
            ? context.AtLine(Outcome.Pass, doc, stage.Line, $"no USER, but the base image {stage.Base} runs as non-root by default")
            : context.AtLine(Outcome.Fail, doc, model.FinalStage!.Line, $"final stage sets no USER, so it runs as the base image's user ({stage.Base}), which is root");
    }
}
