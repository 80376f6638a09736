using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Compose;

/// <summary>Every long-running service has a memory or CPU limit (<c>deploy.resources.limits</c>, <c>mem_limit</c>, <c>cpus</c>).</summary>
public sealed class ComposeResourceLimits : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => s.IsOneShot ? [] : [Judge(context, s)], "no long-running compose service");

    private static Finding Judge(ProbeContext context, ComposeService service)
    {
        if (service.Node.At("deploy", "resources", "limits") is { IsMapping: true } limits && limits.Entries.Count > 0)
        {
            return context.AtLine(Outcome.Pass, service.Doc, limits.Line, $"{service.Name} is limited ({string.Join(", ", limits.Entries.Select(e => $"{e.Name} {e.Value.Text}"))})");
        }

        var legacy = service.Entry("mem_limit") ?? service.Entry("cpus");
        return legacy is not null
            ? context.AtLine(Outcome.Pass, service.Doc, legacy.Line, $"{service.Name} is limited ({legacy.Name} {legacy.Value.Text})")
            : context.AtLine(Outcome.Fail, service.Doc, service.Line, $"{service.Name} has no memory or CPU limit: one leak or spike can starve every other service on the host");
    }
}
