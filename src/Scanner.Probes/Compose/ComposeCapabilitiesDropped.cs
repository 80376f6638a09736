using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Compose;

/// <summary>Every long-running service drops all Linux capabilities (<c>cap_drop: [ALL]</c>) and adds back only what it needs.</summary>
public sealed class ComposeCapabilitiesDropped : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => s.IsOneShot ? [] : [Judge(context, s)], "no long-running compose service");

    private static Finding Judge(ProbeContext context, ComposeService service)
    {
        var drop = service.Entry("cap_drop");
        var all = drop?.Value.Items.Any(c => c.Text.Equals("ALL", StringComparison.OrdinalIgnoreCase)) == true
            || drop?.Value.Text.Equals("ALL", StringComparison.OrdinalIgnoreCase) == true;
        return all
            ? context.AtLine(Outcome.Pass, service.Doc, drop!.Line, $"{service.Name} drops all capabilities")
            : context.AtLine(Outcome.Fail, service.Doc, drop?.Line ?? service.Line,
                $"{service.Name} keeps the runtime's default capabilities (no cap_drop: [ALL]): a compromised process can still use them, such as CAP_NET_RAW to forge packets");
    }
}
