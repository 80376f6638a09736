using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Ci;

/// <summary>The non-blank lines of a script scalar (<c>run: |</c>) at the lines they sit on in the file, found by searching forward from the scalar.</summary>
internal static class CiScriptLines
{
    public static IEnumerable<(int Line, string Text)> Of(CiFile file, YamlNode script)
    {
        var content = file.Doc.Content;
        var cursor = Math.Min(script.Offset, content.Length);
        foreach (var raw in script.Text.Split('\n'))
        {
            var text = raw.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var at = content.IndexOf(text, cursor, StringComparison.Ordinal);
            cursor = at >= 0 ? at + text.Length : cursor;
            yield return (at >= 0 ? file.Doc.Text.LineOf(at) : script.Line, text);
        }
    }
}
