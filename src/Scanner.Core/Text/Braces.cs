namespace Scanner.Core.Text;

/// <summary>
/// Spells out a glob's brace groups (<c>{app,src/app}/**/{page,route}.ts</c> → four patterns), nested groups
/// included, so each alternative can take the fast segment matcher. Null when the braces are unbalanced or would
/// spell out more than a bound: the caller then keeps the pattern whole.
/// </summary>
internal static class Braces
{
    public static List<string>? Expand(string pattern, int max)
    {
        var results = new List<string>();
        return Expand(pattern, max, results) ? results : null;
    }

    private static bool Expand(string pattern, int max, List<string> into)
    {
        var open = pattern.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            if (into.Count >= max)
            {
                return false;
            }

            into.Add(pattern);
            return true;
        }

        var depth = 0;
        var start = open + 1;
        var choices = new List<string>();
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '{':
                    depth++;
                    break;
                case ',' when depth == 1:
                    choices.Add(pattern[start..i]);
                    start = i + 1;
                    break;
                case '}':
                    depth--;
                    if (depth == 0)
                    {
                        choices.Add(pattern[start..i]);
                        var head = pattern[..open];
                        var tail = pattern[(i + 1)..];
                        return choices.All(choice => Expand(head + choice + tail, max, into));
                    }

                    break;
            }
        }

        return false;
    }
}
