namespace Scanner.Core.Secrets;

/// <summary>
/// Template and variable references inside a value (<c>${DB_PASS}</c>, <c>{{ .Values.token }}</c>, <c>$(cat f)</c>,
/// <c>%(secret)s</c>, Ruby's <c>#{ENV['PW']}</c>, <c>&lt;your-key&gt;</c>). Only a well-formed reference counts:
/// generated passwords use the same brackets and dollars at random ("Fake${9]Not{{x)"), and discarding every value
/// with a "${" in it lost them.
/// </summary>
public static class TemplateReference
{
    private static readonly (string Open, string Close)[] Forms = [("${", "}"), ("#{", "}"), ("{{", "}}"), ("$(", ")"), ("%(", ")"), ("<", ">")];

    /// <summary>The opener of the first reference in the value, or null when it holds none.</summary>
    public static string? Find(string value)
    {
        foreach (var (open, close) in Forms)
        {
            // A value cut at whitespace ("${DB_PASS:-a" from "${DB_PASS:-a b}") still begins with the opener.
            if (value.StartsWith(open, StringComparison.Ordinal) && open != "<")
            {
                return open;
            }

            for (var at = value.IndexOf(open, StringComparison.Ordinal); at >= 0; at = value.IndexOf(open, at + 1, StringComparison.Ordinal))
            {
                var start = at + open.Length;
                var end = value.IndexOf(close, start, StringComparison.Ordinal);
                // Ruby's "#{...}" holds any expression, so its body is not checked: the opener alone is code.
                if (end > start && (open == "#{" || IsReferenceBody(value.AsSpan(start, end - start), open == "<")))
                {
                    return open;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A name, path or expression of names: letters, digits and the punctuation references use (":-" defaults,
    /// ".Values.x | quote", "env:NAME"); angle brackets hold words only ("&lt;your-api-key&gt;").
    /// </summary>
    private static bool IsReferenceBody(ReadOnlySpan<char> body, bool angle)
    {
        foreach (var c in body)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ' '
                || (!angle && c is ':' or '?' or '=' or '/' or '|' or '"' or '\'' or '@' or ',');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
