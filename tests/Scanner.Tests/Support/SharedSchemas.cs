using NJsonSchema;

namespace Scanner.Tests.Support;

/// <summary>
/// Third-party schemas are read from <c>../shared/schemas</c> beside the checkout and never copied into the
/// repository; tests that need one skip, saying why, on a machine without it.
/// </summary>
internal static class SharedSchemas
{
    private static readonly Lazy<JsonSchema?> SarifSchema = new(() =>
    {
        var path = RepoPaths.Shared is { } shared ? Path.Combine(shared, "schemas", "sarif-schema-2.1.0.json") : null;
        return path is not null && File.Exists(path) ? JsonSchema.FromFileAsync(path).GetAwaiter().GetResult() : null;
    });

    /// <summary>The official SARIF 2.1.0 schema (draft-04), or an ignored test when this machine lacks it.</summary>
    public static JsonSchema Sarif()
    {
        if (SarifSchema.Value is null)
        {
            Assert.Ignore("SARIF schema not found: expected ../shared/schemas/sarif-schema-2.1.0.json beside the repository (third-party, never copied in)");
        }

        return SarifSchema.Value!;
    }

    public static IReadOnlyList<string> Errors(JsonSchema schema, string json) =>
        [.. schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];
}
