using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The shapes of a JavaScript error handler, shared by the probes that ask whether errors are handled and what the
/// handler sends: Express error middleware, Next.js error pages, and a catch in a route handler.
/// </summary>
public static partial class JsErrorHandlers
{
    /// <summary>A Next.js error page: <c>app/**/error.tsx</c>, <c>global-error.tsx</c>, <c>pages/_error</c>, <c>pages/500</c>.</summary>
    public static bool IsErrorPage(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var stem = name.Contains('.', StringComparison.Ordinal) ? name[..name.IndexOf('.', StringComparison.Ordinal)] : name;
        return stem is "error" or "global-error" || (path.Contains("pages/", StringComparison.Ordinal) && stem is "_error" or "500");
    }

    /// <summary>function errorHandler(err, req, res, next) / (error: Error, req: Request, res: Response, next: NextFunction) =&gt;</summary>
    public static Regex ErrorMiddleware() => LinearRegex.Pick(ErrorMiddlewareCompiled());

    /// <summary>A catch clause.</summary>
    public static Regex Catch() => LinearRegex.Pick(CatchCompiled());

    [GeneratedRegex(@"\(\s*(?:err|error|e|ex|exception)\w*\s*(?::\s*[\w.<>|\s]+?)?\s*,\s*\w+\s*(?::\s*[\w.<>]+\s*)?,\s*\w+\s*(?::\s*[\w.<>]+\s*)?,\s*next\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ErrorMiddlewareCompiled();

    [GeneratedRegex(@"\bcatch\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CatchCompiled();
}
