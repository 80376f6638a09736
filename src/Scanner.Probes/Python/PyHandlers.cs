using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>Which functions answer HTTP requests: route and view decorators, a <c>request</c> parameter, MethodView verbs.</summary>
public static partial class PyHandlers
{
    /// <summary>A function with a route decorator (<c>@app.get(</c>, <c>@bp.route(</c>, <c>@router.post(</c>).</summary>
    public static bool IsRoute(SourceDocument doc, PyFunction function) => Route().IsMatch(PyFunctions.Decorators(doc, function));

    /// <summary>A route or view: a route decorator, a view decorator, a <c>request</c> parameter, or a MethodView verb.</summary>
    public static bool IsHandler(SourceDocument doc, PyFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var parameters = PyCode.Arguments(doc, function.DefOffset).Split(',').Select(p => p.Split(':', '=')[0].Trim()).ToList();
        return IsRoute(doc, function) || ViewDecorator().IsMatch(PyFunctions.Decorators(doc, function))
            || parameters.Take(2).Contains("request") || (parameters[0] == "self" && function.Name is "get" or "post" or "put" or "patch" or "delete");
    }

    [GeneratedRegex(@"^[ \t]*@(?:\w+\.)+(?:get|post|put|patch|delete|route|api_route|websocket)[ \t]*\(", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RouteCompiled();
    private static Regex Route() => LinearRegex.Pick(RouteCompiled());

    [GeneratedRegex(@"^[ \t]*@(?:\w+\.)*(?:api_view|action|require_http_methods|require_POST|require_GET|require_safe|login_required|permission_required|csrf_exempt)\b", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ViewDecoratorCompiled();
    private static Regex ViewDecorator() => LinearRegex.Pick(ViewDecoratorCompiled());
}
