using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Runtime;

/// <summary>What every runtime probe does first: no image asked for, or the engine unreachable, is NotApplicable with the reason.</summary>
internal static class ImageProbes
{
    public static IEnumerable<Finding> Judge(ProbeContext context, Func<ImageInspection, ImageFacts, IEnumerable<Finding>> judge)
    {
        var inspection = RuntimeImages.For(context.Workspace);
        if (inspection is null)
        {
            return [context.NotApplicable("no image to inspect (scan --image NAME)")];
        }

        return inspection.Facts is null
            ? [context.NotApplicable($"runtime checks skipped: {inspection.SkipReason}")]
            : judge(inspection, inspection.Facts);
    }
}
