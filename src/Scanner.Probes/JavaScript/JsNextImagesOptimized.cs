using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>next.config does not set <c>images.unoptimized: true</c>.</summary>
public sealed partial class JsNextImagesOptimized : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => NextConfigCheck.Run(
        context,
        [(Unoptimized(), "unoptimized", "image optimization switched off (images.unoptimized: true): full-size images ship to every device")],
        "Next.js image optimization left on (no images.unoptimized: true)");

    [GeneratedRegex(@"\bunoptimized\s*:\s*(?:true|!0)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex UnoptimizedCompiled();
    private static Regex Unoptimized() => LinearRegex.Pick(UnoptimizedCompiled());
}
