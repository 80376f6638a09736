using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Text;

/// <summary>
/// A committed API description outside tests and dependencies: <c>openapi.yaml</c>/<c>swagger.json</c> (any of
/// yaml, yml, json) or a Postman collection. Each passes at its first line: the spec is the documentation.
/// </summary>
public static class ApiSpecFiles
{
    private static readonly string[] Names = ["openapi.yaml", "openapi.yml", "openapi.json", "swagger.yaml", "swagger.yml", "swagger.json"];

    public static IEnumerable<Finding> Find(ProbeContext context)
    {
        foreach (var path in context.Workspace.Files.Select(f => f.Path).Order(StringComparer.Ordinal))
        {
            var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
            var spec = Names.Contains(name) || name.EndsWith(".postman_collection.json", StringComparison.Ordinal);
            if (spec && !path.Contains("node_modules/", StringComparison.Ordinal) && !("/" + path).Contains("/test", StringComparison.OrdinalIgnoreCase)
                && context.Workspace.Read(path) is { } doc && doc.Content.Length > 0)
            {
                yield return context.AtLine(Outcome.Pass, doc, 1, $"API described in a committed {(name.StartsWith("swagger", StringComparison.Ordinal) || name.StartsWith("openapi", StringComparison.Ordinal) ? "OpenAPI spec" : "Postman collection")}");
            }
        }
    }
}
