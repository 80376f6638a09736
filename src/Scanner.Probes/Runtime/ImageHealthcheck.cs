using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Runtime;

/// <summary>The built image's config carries a health check that is not NONE.</summary>
public sealed class ImageHealthcheck : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => ImageProbes.Judge(context, (image, facts) =>
    [
        facts.Healthcheck.Count == 0 ? context.AtFile(Outcome.Fail, image.Location, "image declares no HEALTHCHECK")
        : facts.Healthcheck[0] == "NONE" ? context.AtFile(Outcome.Fail, image.Location, "image's HEALTHCHECK is NONE")
        : context.AtFile(Outcome.Pass, image.Location, $"image declares a HEALTHCHECK ({string.Join(' ', facts.Healthcheck)})"),
    ]);
}
