using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The imports of one JS/TS file: <c>import x from 'm'</c>, <c>import * as x</c>, <c>import {a as b} from</c>,
/// <c>import 'm'</c>, <c>export ... from 'm'</c>, <c>require('m')</c> (also destructured) and <c>import('m')</c>,
/// counted only where the keyword sits in code.
/// </summary>
public static partial class JsImports
{
    public static IReadOnlyList<JsImport> Of(SourceDocument doc)
    {
        var imports = new List<JsImport>();
        if (!doc.Content.Contains("import", StringComparison.Ordinal) && !doc.Content.Contains("require", StringComparison.Ordinal) &&
            !doc.Content.Contains("export", StringComparison.Ordinal))
        {
            return imports;
        }

        foreach (Match m in ImportPattern().Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) != RegionKind.Code)
            {
                continue;
            }

            var local = m.Groups["default"].Success ? m.Groups["default"].Value
                : m.Groups["star"].Success ? m.Groups["star"].Value
                : m.Groups["req"].Success ? m.Groups["req"].Value
                : null;
            imports.Add(new JsImport(m.Groups["spec"].Value, local, m.Index)
            {
                Names = m.Groups["named"].Success ? LocalNames(m.Groups["named"].Value) : [],
                TypeOnly = m.Groups["type"].Success,
            });
        }

        return imports;
    }

    /// <summary>The bare package name of a specifier: <c>@scope/pkg/sub</c> → <c>@scope/pkg</c>, <c>pkg/sub</c> → <c>pkg</c>.</summary>
    public static string PackageOf(string specifier)
    {
        var bare = specifier.StartsWith("node:", StringComparison.Ordinal) ? specifier[5..] : specifier;
        var parts = bare.Split('/');
        return bare.StartsWith('@') && parts.Length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    /// <summary>Local names in <c>a, b as c, type T</c> (import) or <c>a, b: c</c> (destructuring); types are skipped.</summary>
    private static List<string> LocalNames(string list)
    {
        var names = new List<string>();
        foreach (var raw in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.StartsWith("type ", StringComparison.Ordinal))
            {
                continue;
            }

            var cut = Math.Max(raw.LastIndexOf(" as ", StringComparison.Ordinal) is var asAt and >= 0 ? asAt + 4 : -1, raw.LastIndexOf(':') + 1);
            var name = raw[Math.Max(cut, 0)..].Trim();
            if (name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$'))
            {
                names.Add(name);
            }
        }

        return names;
    }

    [GeneratedRegex(
        @"\bimport\s+(?<type>type\s+)?(?:(?<default>[A-Za-z_$][\w$]*)\s*,?\s*)?(?:\*\s+as\s+(?<star>[A-Za-z_$][\w$]*)\s*)?(?:\{(?<named>[^}]*)\}\s*)?from\s*['""](?<spec>[^'""\n]+)['""]" +
        @"|\bexport\s+(?<type>type\s+)?(?:\*(?:\s+as\s+[A-Za-z_$][\w$]*)?|\{[^}]*\})\s*from\s*['""](?<spec>[^'""\n]+)['""]" +
        @"|\bimport\s*['""](?<spec>[^'""\n]+)['""]" +
        @"|(?:\b(?:const|let|var|import)\s+(?:(?<req>[A-Za-z_$][\w$]*)|\{(?<named>[^}]*)\})\s*=\s*)?\brequire\s*\(\s*['""](?<spec>[^'""\n]+)['""]\s*\)" +
        @"|\bimport\s*\(\s*['""`](?<spec>[^'""`\n$]+)['""`]\s*\)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ImportPattern();
}
