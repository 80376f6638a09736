using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Where error text meets a response, shared by the probes that judge what handlers send: the calls that hand a body
/// over, and the development checks that keep a value out of production.
/// </summary>
public static partial class JsErrorResponses
{
    /// <summary>Where a response body is handed over: res.json(, res.send(, NextResponse.json(, Response.json(, new Response(.</summary>
    public static Regex Response() => LinearRegex.Pick(ResponseCompiled());

    /// <summary>A development check named on a line: NODE_ENV, isDev, 'development', __DEV__.</summary>
    public static Regex DevelopmentOnly() => DevelopmentOnlyCompiled();

    [GeneratedRegex(@"(?:\.\s*(?:json|send|end)|\bnew\s+Response)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ResponseCompiled();

    [GeneratedRegex(@"NODE_ENV|isDev|isDevelopment|development|__DEV__", RegexOptions.CultureInvariant)]
    private static partial Regex DevelopmentOnlyCompiled();
}
