using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>next.config does not set <c>eslint.ignoreDuringBuilds: true</c>.</summary>
public sealed partial class JsNextBuildLinted : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NextConfigCheck.Run(
        context,
        [(IgnoreDuringBuilds(), "ignoreDuringBuilds", "eslint.ignoreDuringBuilds: true lets builds with lint errors ship")],
        "next build fails on lint errors (eslint.ignoreDuringBuilds is not set)");

    [GeneratedRegex(@"\bignoreDuringBuilds\s*:\s*(?:true|!0)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IgnoreDuringBuildsCompiled();
    private static Regex IgnoreDuringBuilds() => LinearRegex.Pick(IgnoreDuringBuildsCompiled());
}
