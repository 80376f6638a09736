using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;

namespace Scanner.Probes.Compose;

/// <summary>
/// Every long-running service has a health check: its own <c>healthcheck:</c>, or a HEALTHCHECK in the Dockerfile
/// it is built from. One-shot jobs that others wait on to complete are not judged.
/// </summary>
public sealed class ComposeHealthchecks : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => s.IsOneShot ? [] : [Judge(context, s)], "no long-running compose service");

    private static Finding Judge(ProbeContext context, ComposeService service)
    {
        if (service.Entry("healthcheck") is { } check)
        {
            var test = check.Value["test"]?.AsList().Select(n => n.Text).FirstOrDefault() ?? "";
            return check.Value["disable"]?.IsTrue == true || test == "NONE"
                ? context.AtLine(Outcome.Fail, service.Doc, check.Line, $"{service.Name} switches its health check off")
                : context.AtLine(Outcome.Pass, service.Doc, check.Line, $"{service.Name} has a health check");
        }

        if (BuiltFrom(context, service) is { } dockerfile)
        {
            var model = DockerfileDocuments.Get(dockerfile);
            var instruction = model.FinalStage is null ? null : model.Chain(model.FinalStage).Select(s => s.Last("HEALTHCHECK")).FirstOrDefault(h => h is not null);
            if (instruction is not null && !instruction.Body.StartsWith("NONE", StringComparison.OrdinalIgnoreCase))
            {
                return context.AtLine(Outcome.Pass, dockerfile, instruction.Line, $"{service.Name} inherits the HEALTHCHECK of {dockerfile.Path}");
            }
        }

        return context.AtLine(Outcome.Fail, service.Doc, service.Line, $"{service.Name} has no health check: compose cannot tell a hung container from a healthy one");
    }

    /// <summary>The Dockerfile a service builds from (<c>build: ./api</c> or <c>build: {context, dockerfile}</c>), when it is in the repository.</summary>
    internal static Core.Workspaces.SourceDocument? BuiltFrom(ProbeContext context, ComposeService service)
    {
        if (service.Node["build"] is not { } build)
        {
            return null;
        }

        var folder = service.Doc.Path.Contains('/', StringComparison.Ordinal) ? service.Doc.Path[..service.Doc.Path.LastIndexOf('/')] : "";
        var buildContext = build.IsScalar ? build.Text : build["context"]?.Text ?? ".";
        var dockerfile = build.IsMapping ? build["dockerfile"]?.Text ?? "Dockerfile" : "Dockerfile";
        var path = string.Join('/', new[] { folder, buildContext, dockerfile }.SelectMany(p => p.Split('/')).Where(p => p is not ("" or ".")));
        return context.Workspace.Read(path);
    }
}
