using System.Text.Json;

namespace Scanner.Reporting.Writers;

/// <summary>
/// A SARIF physical location: the path relative to <see cref="SarifReportWriter.SourceRoot"/>, each segment
/// percent-encoded so the URI is valid whatever the file is called, and a region only when a line is known.
/// </summary>
internal static class SarifLocation
{
    /// <summary>Paths that name no file: "" (the whole project) and "." (the whole tree).</summary>
    public static bool Names(string? path) => path is { Length: > 0 } && path != ".";

    public static void WritePhysical(Utf8JsonWriter json, string path, int line, int column = 0, string? snippet = null)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(path));
        json.WriteString("uriBaseId", SarifReportWriter.SourceRoot);
        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (column > 0)
            {
                json.WriteNumber("startColumn", column);
            }

            if (!string.IsNullOrEmpty(snippet))
            {
                json.WriteStartObject("snippet");
                json.WriteString("text", snippet);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    public static string Uri(string path) =>
        string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));
}
