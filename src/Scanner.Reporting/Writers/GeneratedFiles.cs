using System.Globalization;
using Scanner.Core.Model;

namespace Scanner.Reporting.Writers;

/// <summary>The one sentence the console and Markdown reports say about generated and vendored files, counted by kind.</summary>
internal static class GeneratedFiles
{
    public static string Line(IReadOnlyList<GeneratedFile> files)
    {
        var byKind = files.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} generated or vendored file(s) not judged by code probes (secrets probes read them): {string.Join(", ", byKind)}");
    }
}
