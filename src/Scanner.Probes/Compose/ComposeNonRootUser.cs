using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.Dockerfile;

namespace Scanner.Probes.Compose;

/// <summary>
/// No service is told to run as root with <c>user:</c>; a non-root <c>user:</c> or a non-root image passes. A
/// service built from a Dockerfile is left to dockerfile-non-root-user; for other images the default user is unknown.
/// </summary>
public sealed class ComposeNonRootUser : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => Judge(context, s), "no compose service sets a user or runs a prebuilt image");

    private static IEnumerable<Finding> Judge(ProbeContext context, ComposeService service)
    {
        if (service.Entry("user") is { } user)
        {
            var value = user.Value.Text;
            if (value.Contains('$', StringComparison.Ordinal))
            {
                yield return context.AtLine(Outcome.Inconclusive, service.Doc, user.Line, $"{service.Name} runs as {value}, set at deploy time");
                yield break;
            }

            yield return DockerUser.IsRoot(value)
                ? context.AtLine(Outcome.Fail, service.Doc, user.Line, $"{service.Name} is told to run as root (user: {value})")
                : context.AtLine(Outcome.Pass, service.Doc, user.Line, $"{service.Name} runs as {value}");
        }
        else if (service.Node["build"] is null && service.Image.Length > 0)
        {
            yield return DockerUser.IsNonRootBase(service.Image)
                ? context.AtLine(Outcome.Pass, service.Doc, service.Line, $"{service.Name} uses {service.Image}, which runs as non-root by default")
                : context.AtLine(Outcome.Inconclusive, service.Doc, service.Line, $"{service.Name} sets no user: it runs as {service.Image}'s default user, which cannot be seen from here");
        }
    }
}
