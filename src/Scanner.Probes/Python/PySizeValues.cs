using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript;

namespace Scanner.Probes.Python;

/// <summary>
/// The bytes a Python size limit compares against, when the code states them: a literal product
/// (<c>5 * 1024 * 1024</c>), a named constant assigned one in an app module (<c>MAX_UPLOAD_BYTES</c>,
/// <c>settings.MAX_BODY</c>), a local assigned just before the check (<c>max_size = ... * 1024 * 1024</c>), and
/// <c>getattr(settings, 'NAME', 50)</c>, whose default is the value when no module assigns NAME: settings are code
/// in the repository, so that absence is closed. Null when the number comes from configuration (the environment).
/// </summary>
public static partial class PySizeValues
{
    /// <summary>Bytes of <paramref name="value"/> as written at <paramref name="offset"/> of <paramref name="doc"/>; null when not stated.</summary>
    public static double? Resolve(string value, IReadOnlyList<SourceDocument> docs, SourceDocument doc, int offset)
    {
        if (LimiterValues.Number(value) is { } literal)
        {
            return literal;
        }

        var trimmed = value.Trim();
        if (Local().IsMatch(trimmed) && LastAssignment(doc, offset, trimmed) is { } expression)
        {
            return Product(expression, docs);
        }

        return Product(trimmed, docs);
    }

    private static double? Product(string expression, IReadOnlyList<SourceDocument> docs)
    {
        double product = 1;
        foreach (var factor in Factors(expression))
        {
            if (Factor(factor, docs) is not { } value)
            {
                return null;
            }

            product *= value;
        }

        return product;
    }

    private static double? Factor(string factor, IReadOnlyList<SourceDocument> docs)
    {
        if (LimiterValues.Number(factor) is { } literal)
        {
            return literal;
        }

        if (GetAttr().Match(factor) is { Success: true } g)
        {
            var name = g.Groups["name"].Value;
            return Assigned(name, docs) ? Constant(name, docs) : LimiterValues.Number(g.Groups["default"].Value);
        }

        var last = factor[(factor.LastIndexOf('.') + 1)..];
        return Name().IsMatch(last) ? Constant(last, docs) : null;
    }

    /// <summary>Splits on top-level '*' (a getattr(...) argument list is one factor).</summary>
    private static List<string> Factors(string expression)
    {
        var factors = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < expression.Length; i++)
        {
            depth += expression[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (expression[i] == '*' && depth == 0)
            {
                factors.Add(expression[start..i].Trim());
                start = i + 1;
            }
        }

        factors.Add(expression[start..].Trim());
        return factors;
    }

    private static double? Constant(string name, IReadOnlyList<SourceDocument> docs) =>
        docs.Select(d => Assignment().Matches(d.Content).FirstOrDefault(a => a.Groups["name"].Value == name))
            .Where(a => a is not null).Select(a => LimiterValues.Number(a!.Groups["value"].Value.Trim())).FirstOrDefault();

    private static bool Assigned(string name, IReadOnlyList<SourceDocument> docs) =>
        docs.Any(d => d.Content.Contains(name, StringComparison.Ordinal) && AnyAssignment().Matches(d.Content).Any(a => a.Groups["name"].Value == name));

    private static string? LastAssignment(SourceDocument doc, int offset, string name) =>
        LocalAssignment().Matches(doc.Content[..Math.Min(offset, doc.Content.Length)]).LastOrDefault(a => a.Groups["name"].Value == name)?.Groups["value"].Value.Trim();

    [GeneratedRegex(@"^[a-z_][a-z0-9_]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex Local();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    // getattr(settings, 'MAX_UPLOAD_SIZE_MB', 50)
    [GeneratedRegex(@"^getattr[ \t]{0,8}\([ \t]{0,8}settings[ \t]{0,8},[ \t]{0,8}['""](?<name>[A-Z][A-Z0-9_]{1,60})['""][ \t]{0,8},[ \t]{0,8}(?<default>[\d_.]{1,20})[ \t]{0,8}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex GetAttr();

    [GeneratedRegex(@"^[ \t]{0,8}(?<name>[A-Z][A-Z0-9_]{1,60})[ \t]*(?::[^=\n]{1,30})?=[ \t]*(?<value>[\d_ \t*]{1,60})[ \t]*(?:#.*)?$", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AssignmentCompiled();

    private static Regex Assignment() => LinearRegex.Pick(AssignmentCompiled());

    [GeneratedRegex(@"^[ \t]{0,8}(?<name>[A-Z][A-Z0-9_]{1,60})[ \t]*(?::[^=\n]{1,30})?=[^=]", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AnyAssignmentCompiled();

    private static Regex AnyAssignment() => LinearRegex.Pick(AnyAssignmentCompiled());

    // max_size = getattr(settings, 'X', 50) * 1024 * 1024 (inside a function, so indented)
    [GeneratedRegex(@"^[ \t]{0,24}(?<name>[a-z_][a-z0-9_]{0,60})[ \t]*=[ \t]*(?<value>[^\n#=]{1,160}?)[ \t]*(?:#[^\n]*)?$", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LocalAssignmentCompiled();

    private static Regex LocalAssignment() => LinearRegex.Pick(LocalAssignmentCompiled());
}
