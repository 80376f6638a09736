namespace Scanner.Core.Text;

/// <summary>One step of a <see cref="GlobMatcher"/>: a literal, a wildcard, or a character set.</summary>
internal readonly record struct GlobToken(GlobTokenKind Kind, char Literal = '\0', string Set = "", bool Negated = false)
{
    public bool Accepts(char c) => Kind switch
    {
        GlobTokenKind.Literal => c == Literal,
        GlobTokenKind.AnyChar or GlobTokenKind.Star => c != '/',
        GlobTokenKind.Class => InSet(c) != Negated,
        _ => true,
    };

    private bool InSet(char c)
    {
        for (var i = 0; i < Set.Length; i++)
        {
            if (i + 2 < Set.Length && Set[i + 1] == '-')
            {
                if (c >= Set[i] && c <= Set[i + 2])
                {
                    return true;
                }

                i += 2;
            }
            else if (Set[i] == c)
            {
                return true;
            }
        }

        return false;
    }
}
