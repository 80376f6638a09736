using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>next.config does not set <c>typescript.ignoreBuildErrors: true</c>.</summary>
public sealed partial class JsNextBuildTypeChecked : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NextConfigCheck.Run(
        context,
        [(IgnoreBuildErrors(), "ignoreBuildErrors", "typescript.ignoreBuildErrors: true lets builds with type errors ship")],
        "next build fails on type errors (typescript.ignoreBuildErrors is not set)");

    [GeneratedRegex(@"\bignoreBuildErrors\s*:\s*(?:true|!0)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IgnoreBuildErrorsCompiled();
    private static Regex IgnoreBuildErrors() => LinearRegex.Pick(IgnoreBuildErrorsCompiled());
}
