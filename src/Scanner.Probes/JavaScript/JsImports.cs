using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The imports of one JS/TS file: <c>import x from 'm'</c>, <c>import * as x</c>, <c>import {a} from</c>,
/// <c>import 'm'</c>, <c>require('m')</c> and <c>import('m')</c>, counted only where the keyword sits in code.
/// </summary>
public static partial class JsImports
{
    public static IReadOnlyList<JsImport> Of(SourceDocument doc)
    {
        var imports = new List<JsImport>();
        if (!doc.Content.Contains("import", StringComparison.Ordinal) && !doc.Content.Contains("require", StringComparison.Ordinal))
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
            imports.Add(new JsImport(m.Groups["spec"].Value, local, m.Index));
        }

        return imports;
    }

    /// <summary>The bare package name of a specifier: <c>@scope/pkg/sub</c> → <c>@scope/pkg</c>, <c>pkg/sub</c> → <c>pkg</c>.</summary>
    public static string PackageOf(string specifier)
    {
        var parts = specifier.Split('/');
        return specifier.StartsWith('@') && parts.Length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    [GeneratedRegex(
        @"\bimport\s+(?:type\s+)?(?:(?<default>[A-Za-z_$][\w$]*)\s*,?\s*)?(?:\*\s+as\s+(?<star>[A-Za-z_$][\w$]*)\s*)?(?:\{[^}]*\}\s*)?from\s*['""](?<spec>[^'""\n]+)['""]" +
        @"|\bimport\s*['""](?<spec>[^'""\n]+)['""]" +
        @"|(?:\b(?:const|let|var)\s+(?<req>[A-Za-z_$][\w$]*)\s*=\s*)?\brequire\s*\(\s*['""](?<spec>[^'""\n]+)['""]\s*\)" +
        @"|\bimport\s*\(\s*['""](?<spec>[^'""\n]+)['""]\s*\)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ImportPattern();
}
