using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Function boundaries from indentation: every function of a file (its decorators included), the innermost one
/// that holds an offset, and its decorators' text (multi-line ones too). Comment lines, lines inside strings and a
/// multi-line signature never end a body.
/// </summary>
public static partial class PyFunctions
{
    private static readonly ConditionalWeakTable<SourceDocument, IReadOnlyList<PyFunction>> Found = [];

    /// <summary>The innermost of <paramref name="functions"/> (from <see cref="All"/>) that holds <paramref name="offset"/>, or null at module or class level.</summary>
    public static PyFunction? Enclosing(IEnumerable<PyFunction> functions, int offset) =>
        functions.Where(f => f.Contains(offset)).MaxBy(f => f.DefOffset);

    /// <summary>The function defined on <paramref name="line"/> (a <c>def</c> line), with its decorators and body.</summary>
    public static PyFunction At(SourceDocument doc, int line, string name)
    {
        var text = doc.Text;
        var indent = Indent(text.Line(line));
        var first = line;
        for (var l = line - 1; l >= 1; l--)
        {
            var above = text.Line(l);
            var trimmed = above.TrimStart();
            if (trimmed.StartsWith("@") && Indent(above) == indent)
            {
                first = l;
            }
            else if (!trimmed.StartsWith("#") && !trimmed.StartsWith(")") && Indent(above) <= indent)
            {
                break;
            }
        }

        var defOffset = text.LineStart(line) + indent;
        var open = doc.Content.IndexOf('(', defOffset);
        var signatureEnd = open < 0 ? defOffset : open + 1 + PyCode.Balanced(doc, open).Length;
        var end = doc.Content.Length;
        for (var l = text.LineOf(Math.Min(signatureEnd, doc.Content.Length)) + 1; l <= text.LineCount; l++)
        {
            var current = text.Line(l);
            if (current.Trim().Length > 0 && Indent(current) <= indent && IsCodeLine(doc, l))
            {
                end = text.LineStart(l);
                break;
            }
        }

        return new PyFunction(name, defOffset, text.LineStart(first), end);
    }

    /// <summary>Every function defined in the file, in order: found once per file and shared by every probe that asks.</summary>
    public static IReadOnlyList<PyFunction> All(SourceDocument doc) => Found.GetValue(doc, d => [.. Find(d)]);

    private static IEnumerable<PyFunction> Find(SourceDocument doc)
    {
        if (!doc.Content.Contains("def ", StringComparison.Ordinal))
        {
            yield break;
        }

        for (var l = 1; l <= doc.Text.LineCount; l++)
        {
            // The pattern needs "def": most lines are passed over without copying them out for it.
            var line = doc.Text.Line(l);
            if (!line.Contains("def", StringComparison.Ordinal))
            {
                continue;
            }

            var def = Def().Match(line.ToString());
            if (def.Success && IsCodeLine(doc, l))
            {
                yield return At(doc, l, def.Groups["name"].Value);
            }
        }
    }

    /// <summary>The decorator lines above the <c>def</c>, as one string.</summary>
    public static string Decorators(SourceDocument doc, PyFunction function) => doc.Content[function.Start..function.DefOffset];

    private static bool IsCodeLine(SourceDocument doc, int line)
    {
        var start = doc.Text.LineStart(line) + Indent(doc.Text.Line(line));
        return start < doc.Content.Length && doc.Regions.KindAt(start) == RegionKind.Code;
    }

    private static int Indent(ReadOnlySpan<char> line)
    {
        var n = 0;
        while (n < line.Length && line[n] is ' ' or '\t')
        {
            n++;
        }

        return n;
    }

    [GeneratedRegex(@"^[ \t]*(?:async[ \t]+)?def[ \t]+(?<name>\w+)[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DefCompiled();
    private static Regex Def() => LinearRegex.Pick(DefCompiled());
}
