using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// The import statements of a Python file, wherever they sit (factories import blueprints inside functions),
/// counted only where the keyword is code; and the module paths a file names in strings
/// (<c>"proj.settings"</c>, <c>"app.main:app"</c>, Django's INSTALLED_APPS and MIDDLEWARE).
/// </summary>
public static partial class PyImports
{
    public static IReadOnlyList<PyImport> Of(SourceDocument doc)
    {
        var imports = new List<PyImport>();
        if (!doc.Content.Contains("import", StringComparison.Ordinal))
        {
            return imports;
        }

        foreach (Match m in ImportStatement().Matches(doc.Content))
        {
            var keyword = m.Groups["kw"];
            if (doc.Regions.KindAt(keyword.Index) != RegionKind.Code)
            {
                continue;
            }

            if (m.Groups["mods"].Success)
            {
                imports.AddRange(Split(m.Groups["mods"].Value).Select(name => new PyImport(name, 0, [], keyword.Index)));
            }
            else
            {
                var names = Split(m.Groups["names"].Value).Where(n => n != "*").ToList();
                imports.Add(new PyImport(m.Groups["from"].Value, m.Groups["rel"].Length, names, keyword.Index));
            }
        }

        return imports;
    }

    /// <summary>String literals that are whole module paths, optionally with <c>:attr</c> or a trailing Class name.</summary>
    public static IReadOnlyList<(string Reference, int Offset)> StringReferences(SourceDocument doc)
    {
        var found = new List<(string, int)>();
        foreach (Match m in ModuleString().Matches(doc.Content))
        {
            var at = m.Index;
            if (doc.Regions.KindAt(at) == RegionKind.String && (at == 0 || doc.Regions.KindAt(at - 1) != RegionKind.String))
            {
                found.Add((m.Groups["ref"].Value, at));
            }
        }

        return found;
    }

    /// <summary>Whole string literals that are one identifier ('blog'): Django app labels in INSTALLED_APPS.</summary>
    public static IEnumerable<string> QuotedNames(SourceDocument doc)
    {
        foreach (Match m in QuotedIdentifier().Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) == RegionKind.String && (m.Index == 0 || doc.Regions.KindAt(m.Index - 1) != RegionKind.String))
            {
                yield return m.Groups["name"].Value;
            }
        }
    }

    private static IEnumerable<string> Split(string list)
    {
        var code = string.Join(' ', list.Split('\n').Select(line => line.Contains('#', StringComparison.Ordinal) ? line[..line.IndexOf('#', StringComparison.Ordinal)] : line));
        return code.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal).Replace("\\", " ", StringComparison.Ordinal)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "")
            .Where(name => name.Length > 0);
    }

    [GeneratedRegex(
        @"^[ \t]*(?:(?<kw>from)[ \t]+(?<rel>\.*)[ \t]*(?<from>[A-Za-z_][\w.]*)?[ \t]+import[ \t]+(?<names>\([^)]*\)|(?:[^\r\n#;\\]|\\\r?\n)*)" +
        @"|(?<kw>import)[ \t]+(?<mods>[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*))",
        RegexOptions.Multiline | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ImportStatement();

    [GeneratedRegex(
        @"[""'](?<ref>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?::[A-Za-z_][\w.]*(?:\(\))?)?|[A-Za-z_]\w*:[A-Za-z_][\w.]*(?:\(\))?)[""']",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ModuleString();

    [GeneratedRegex(@"[""'](?<name>[A-Za-z_]\w*)[""']", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedIdentifier();
}
