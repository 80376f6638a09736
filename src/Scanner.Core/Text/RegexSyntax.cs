namespace Scanner.Core.Text;

/// <summary>
/// Walks a regex pattern's text the way the parser reads it, without parsing it: escapes are one token, and
/// character classes (<c>[...]</c>, where <c>]</c> right after the opening bracket is literal) are skipped, so the
/// checks that look for constructs (groups, quantifiers, backreferences) see only the pattern's structure.
/// </summary>
internal static class RegexSyntax
{
    /// <summary>
    /// The positions outside character classes: a plain character's own index, or for an escape the index of the
    /// character after the backslash, with <c>Escaped</c> set.
    /// </summary>
    public static IEnumerable<(int Index, bool Escaped)> Structure(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i++;
                if (!inClass)
                {
                    yield return (i, true);
                }

                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                i += i + 1 < pattern.Length && pattern[i + 1] == ']' ? 1 : 0;
                continue;
            }

            yield return (i, false);
        }
    }
}
