using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.JavaScript;

/// <summary>next.config does not set <c>typescript.ignoreBuildErrors</c> or <c>eslint.ignoreDuringBuilds</c>.</summary>
public sealed partial class JsNextBuildChecksEnforced : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NextConfigCheck.Run(
        context,
        [
            (IgnoreBuildErrors(), "ignoreBuildErrors", "typescript.ignoreBuildErrors: true lets builds with type errors ship"),
            (IgnoreDuringBuilds(), "ignoreDuringBuilds", "eslint.ignoreDuringBuilds: true lets builds with lint errors ship"),
        ],
        "Next.js build fails on type and lint errors (neither ignoreBuildErrors nor ignoreDuringBuilds is set)");

    [GeneratedRegex(@"\bignoreBuildErrors\s*:\s*(?:true|!0)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex IgnoreBuildErrors();

    [GeneratedRegex(@"\bignoreDuringBuilds\s*:\s*(?:true|!0)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex IgnoreDuringBuilds();
}
