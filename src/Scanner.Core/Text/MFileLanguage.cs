namespace Scanner.Core.Text;

/// <summary>
/// A <c>.m</c> file is Objective-C or MATLAB, which the path cannot tell apart. MATLAB shows itself by its comment
/// and block lines (a line opening with <c>%</c>, a <c>function</c> line, a bare <c>end</c>), the signs linguist
/// uses too; anything else is read as Objective-C, a C-family language in which single quotes hold one character
/// and an unquoted right-hand side is an expression.
/// </summary>
public static class MFileLanguage
{
    /// <summary>The language to read <paramref name="text"/> in: the C family for Objective-C, else <paramref name="language"/>.</summary>
    public static Language Refine(string path, string text, Language language)
    {
        if (language != Language.Other || !path.EndsWith(".m", StringComparison.OrdinalIgnoreCase))
        {
            return language;
        }

        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.StartsWith("%") || line.StartsWith("function ") || line.SequenceEqual("end"))
            {
                return language;
            }
        }

        return Language.CSharp;
    }
}
