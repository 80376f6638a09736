using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.Dockerfile;

namespace Scanner.Probes.Runtime;

/// <summary>The built image's configured user is not root (an empty user means root).</summary>
public sealed class ImageNonRootUser : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => ImageProbes.Judge(context, (image, facts) =>
    [
        DockerUser.IsRoot(facts.User)
            ? context.AtFile(Outcome.Fail, image.Location, facts.User.Length == 0 ? "image runs as root (no USER in its config)" : $"image runs as root (USER {facts.User})")
            : context.AtFile(Outcome.Pass, image.Location, $"image runs as '{facts.User}'"),
    ]);
}
