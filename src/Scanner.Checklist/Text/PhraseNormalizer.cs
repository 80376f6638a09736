using System.Text;

namespace Scanner.Checklist.Text;

/// <summary>
/// Turns checklist text and catalog phrases into the same token stream: lower-case words split on anything
/// that is not a letter or digit (so "X-Frame-Options", "x_frame options" and "`X-Frame-Options:`" agree),
/// each word stemmed. A word written as a call (<c>alert()</c>, <c>print(</c>) becomes the token "alert()"
/// so that code names never match prose ("Remove all alert() calls" is not about alerting).
/// URLs are skipped: a link in a line is not a claim about HTTPS.
/// </summary>
public static class PhraseNormalizer
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var word = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                i++;
                continue;
            }

            // "let's", "don't": the apostrophe joins, it does not split.
            if (c is '\'' or '\u2019' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
                continue;
            }

            i = Flush(text, i, word, tokens);
        }

        Flush(text, i, word, tokens);
        return tokens;
    }

    /// <summary>Whether <paramref name="phrase"/>'s tokens stand in <paramref name="tokens"/> from <paramref name="start"/> on.</summary>
    public static bool OccursAt(IReadOnlyList<string> tokens, int start, IReadOnlyList<string> phrase)
    {
        if (start + phrase.Count > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Count; i++)
        {
            if (!string.Equals(tokens[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Emits the pending word (if any) and returns where scanning resumes.</summary>
    private static int Flush(string text, int i, StringBuilder word, List<string> tokens)
    {
        if (word.Length == 0)
        {
            return i + 1;
        }

        var raw = word.ToString();
        word.Clear();
        if (IsUrlStart(text, i))
        {
            return SkipUrl(text, i);
        }

        if (i < text.Length && text[i] == '(')
        {
            tokens.Add(raw + "()");
            return SkipCallArguments(text, i);
        }

        tokens.Add(Stemmer.Stem(raw));
        return i + 1;
    }

    private static bool IsUrlStart(string text, int i) =>
        i + 2 < text.Length && text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/';

    private static int SkipUrl(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (')' or '>' or ']'))
        {
            i++;
        }

        return i;
    }

    // "alert()" leaves nothing behind; "sync({ alter: true })" keeps its argument words, which may say
    // something ("alter"), so only an immediately closed pair is consumed.
    private static int SkipCallArguments(string text, int i) =>
        i + 1 < text.Length && text[i + 1] == ')' ? i + 2 : i + 1;
}
