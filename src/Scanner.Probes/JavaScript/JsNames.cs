namespace Scanner.Probes.JavaScript;

/// <summary>The identifiers in a snippet of code (property names after a dot excluded).</summary>
public static class JsNames
{
    public static HashSet<string> In(string code)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < code.Length && (char.IsLetterOrDigit(code[i]) || code[i] is '_' or '$'))
                {
                    i++;
                }

                if (start == 0 || code[start - 1] != '.')
                {
                    names.Add(code[start..i]);
                }
            }
            else if (c is '\'' or '"' or '`')
            {
                var end = code.IndexOf(c, i + 1);
                i = end < 0 ? code.Length : end + 1;
            }
            else
            {
                i++;
            }
        }

        return names;
    }
}
