using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Each HTTP request is logged by middleware that runs at startup: <c>UseSerilogRequestLogging</c>,
/// <c>UseHttpLogging</c> (with <c>AddHttpLogging</c>) or <c>UseW3CLogging</c>.
/// </summary>
public sealed class CsRequestLogging : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        CsRegistration.Judge(context, "request logging", [], ["UseSerilogRequestLogging", "UseHttpLogging", "UseW3CLogging"],
            "no request logging: no UseSerilogRequestLogging(), UseHttpLogging() or UseW3CLogging()");
}
