using System.Text.Json;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>Lenient JSON reading for package.json and tsconfig.json: comments and trailing commas allowed, bad JSON is null.</summary>
internal static class JsonFiles
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    public static JsonElement? Parse(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, Options);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static JsonElement? Object(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    /// <summary>Every string value under an element, depth first, skipping the values of the named keys.</summary>
    public static IEnumerable<string> Strings(JsonElement element, ISet<string> skipKeys)
    {
        var stack = new Stack<JsonElement>([element]);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    yield return e.GetString()!;
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray().Reverse())
                    {
                        stack.Push(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject().Reverse().Where(p => !skipKeys.Contains(p.Name)))
                    {
                        stack.Push(p.Value);
                    }

                    break;
            }
        }
    }

    /// <summary>The 1-based line of the first <c>"key":</c> in a JSON text, or 1 when it is absent.</summary>
    public static int LineOfKey(string text, string key)
    {
        var at = text.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        return at < 0 ? 1 : 1 + text.AsSpan(0, at).Count('\n');
    }
}
