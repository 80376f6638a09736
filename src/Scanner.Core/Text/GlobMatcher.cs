namespace Scanner.Core.Text;

/// <summary>
/// Matches a path against a glob (the syntax of <see cref="Glob.ToRegexBody"/>) by stepping a set of pattern
/// positions over the path once: time is path length × pattern length whatever the pattern, so a hostile
/// .gitignore cannot make matching explode as a backtracking regex can, and nothing is compiled up front.
/// </summary>
internal sealed class GlobMatcher
{
    /// <summary>Brace alternatives are expanded; a pattern that would expand to more keeps its braces as text.</summary>
    private const int MaxAlternatives = 64;
    private const int StackLimit = 256;
    private readonly GlobToken[][] _alternatives;
    private readonly string[] _suffixes;

    private GlobMatcher(GlobToken[][] alternatives)
    {
        _alternatives = alternatives;
        _suffixes = [.. alternatives.Select(LiteralSuffix)];
    }

    /// <summary>A matcher for the whole path; unanchored ones may start after any '/', as a name matches at any depth.</summary>
    public static GlobMatcher Create(string glob, bool anchored)
    {
        var expanded = new List<string>();
        if (!Expand(glob, expanded))
        {
            expanded = [glob.Replace("{", "\\{", StringComparison.Ordinal)];
        }

        return new GlobMatcher([.. expanded.Select(g => Tokenize(g, anchored))]);
    }

    public bool IsMatch(string path)
    {
        for (var i = 0; i < _alternatives.Length; i++)
        {
            // Most rules end in literal text (*.log, /build): checking it first skips the walk for nearly every path.
            if (path.EndsWith(_suffixes[i], StringComparison.Ordinal) && Run(_alternatives[i], path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Run(GlobToken[] tokens, string path)
    {
        var m = tokens.Length;
        var current = m < StackLimit ? stackalloc bool[m + 1] : new bool[m + 1];
        var next = m < StackLimit ? stackalloc bool[m + 1] : new bool[m + 1];

        // A Folders token (**/ or the unanchored start) is (.*/)?: at a folder boundary it may match nothing, but
        // once it has consumed part of a folder name it must reach a '/' first. "Inside" tracks that second state,
        // so the zero-width step is only taken at boundaries.
        var inside = m < StackLimit ? stackalloc bool[m] : new bool[m];
        var nextInside = m < StackLimit ? stackalloc bool[m] : new bool[m];
        current[0] = true;
        Close(tokens, current);
        foreach (var c in path)
        {
            next.Clear();
            nextInside.Clear();
            var alive = false;
            for (var i = 0; i < m; i++)
            {
                var token = tokens[i];
                if (token.Kind == GlobTokenKind.Folders && (current[i] || inside[i]))
                {
                    alive = true;
                    if (c == '/')
                    {
                        next[i] = true;
                    }
                    else
                    {
                        nextInside[i] = true;
                    }

                    continue;
                }

                if (!current[i])
                {
                    continue;
                }

                if (token.Kind is GlobTokenKind.Star or GlobTokenKind.DoubleStar)
                {
                    alive |= next[i] = token.Accepts(c);
                }
                else if (token.Accepts(c))
                {
                    alive = next[i + 1] = true;
                }
            }

            if (!alive)
            {
                return false;
            }

            Close(tokens, next);
            var swap = current;
            current = next;
            next = swap;
            var swapInside = inside;
            inside = nextInside;
            nextInside = swapInside;
        }

        return current[m];
    }

    private static string LiteralSuffix(GlobToken[] tokens)
    {
        var start = tokens.Length;
        while (start > 0 && tokens[start - 1].Kind == GlobTokenKind.Literal)
        {
            start--;
        }

        return string.Concat(tokens[start..].Select(t => t.Literal));
    }

    /// <summary>A wildcard may match nothing, so reaching it also reaches what follows it.</summary>
    private static void Close(GlobToken[] tokens, Span<bool> states)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (states[i] && tokens[i].Kind is GlobTokenKind.Star or GlobTokenKind.DoubleStar or GlobTokenKind.Folders)
            {
                states[i + 1] = true;
            }
        }
    }

    private static GlobToken[] Tokenize(string glob, bool anchored)
    {
        var tokens = new List<GlobToken>();
        if (!anchored)
        {
            tokens.Add(new GlobToken(GlobTokenKind.Folders));
        }

        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                var folders = i + 1 < glob.Length && glob[i + 1] == '/';
                i += folders ? 1 : 0;
                tokens.Add(new GlobToken(folders ? GlobTokenKind.Folders : GlobTokenKind.DoubleStar));
            }
            else if (c is '*' or '?')
            {
                tokens.Add(new GlobToken(c == '*' ? GlobTokenKind.Star : GlobTokenKind.AnyChar));
            }
            else if (c == '[' && glob.IndexOf(']', i + 1) is var close and > 0)
            {
                var set = glob[(i + 1)..close];
                var negated = set.StartsWith('!') || set.StartsWith('^');
                tokens.Add(new GlobToken(GlobTokenKind.Class, Set: negated ? set[1..] : set, Negated: negated));
                i = close;
            }
            else
            {
                var literal = c == '\\' && i + 1 < glob.Length ? glob[++i] : c;
                tokens.Add(new GlobToken(GlobTokenKind.Literal, literal));
            }
        }

        return [.. tokens];
    }

    /// <summary>
    /// Writes every brace alternative of <paramref name="glob"/> to <paramref name="into"/>; false when there
    /// would be more than <see cref="MaxAlternatives"/>. An unclosed brace runs to the end, as in the regex form.
    /// </summary>
    private static bool Expand(string glob, List<string> into)
    {
        var open = -1;
        var depth = 0;
        var commas = new List<int>();
        var close = glob.Length;
        for (var i = 0; i < glob.Length && close == glob.Length; i++)
        {
            switch (glob[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when glob.IndexOf(']', i + 1) is var end and > 0:
                    i = end;
                    break;
                case '{':
                    open = depth++ == 0 ? i : open;
                    break;
                case ',' when depth == 1:
                    commas.Add(i);
                    break;
                case '}' when depth > 0:
                    close = --depth == 0 ? i : close;
                    break;
            }
        }

        if (open < 0)
        {
            into.Add(glob);
            return into.Count <= MaxAlternatives;
        }

        var head = glob[..open];
        var tail = close < glob.Length ? glob[(close + 1)..] : "";
        var start = open + 1;
        foreach (var end in commas.Append(close))
        {
            if (!Expand(head + glob[start..end] + tail, into))
            {
                return false;
            }

            start = end + 1;
        }

        return true;
    }
}
