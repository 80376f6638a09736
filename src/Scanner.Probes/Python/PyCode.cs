using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>Small text tools shared by the Python probes: code-only matches, call arguments, enclosing class.</summary>
public static class PyCode
{
    private const int MaxArguments = 4000;

    /// <summary>The Python files a probe judges: the graph's evidence files that the card's globs also select.</summary>
    public static IEnumerable<SourceDocument> Documents(ProbeContext context, PyGraph graph)
    {
        foreach (var path in graph.EvidenceFiles)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (context.Card.Files.Matches(path) && context.Workspace.Read(path) is { } doc)
            {
                yield return doc;
            }
        }
    }

    /// <summary>Matches that begin in code, after a cheap case-insensitive keyword check.</summary>
    public static List<Match> Matches(SourceDocument doc, Regex pattern, string keyword)
    {
        var found = new List<Match>();
        if (!IgnoreCaseSearch.Contains(doc.Content, keyword))
        {
            return found;
        }

        foreach (Match m in pattern.Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
            {
                found.Add(m);
            }
        }

        return found;
    }

    /// <summary>
    /// What <see cref="Matches"/> finds for a pattern no part of which matches a line break and every match of which
    /// holds <paramref name="required"/>, searched only on the lines that hold it: the same matches (a word boundary
    /// at a line's ends reads the break as the end of the text would), without running a pattern that has no literal
    /// prefix and tries every word over every line.
    /// </summary>
    public static List<Match> MatchesOnLinesWith(SourceDocument doc, Regex pattern, char required)
    {
        var found = new List<Match>();
        var text = doc.Content;
        for (var at = text.IndexOf(required, StringComparison.Ordinal); at >= 0;)
        {
            var start = text.LastIndexOf('\n', at) + 1;
            var end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                if (doc.Regions.KindAt(m.Index) == RegionKind.Code)
                {
                    found.Add(m);
                }
            }

            at = end < text.Length ? text.IndexOf(required, end) : -1;
        }

        return found;
    }

    /// <summary>
    /// The same for a pattern every match of which holds one of the <paramref name="required"/> words (ordinal, as
    /// the pattern matches them), searched only on the lines that hold one: a pattern that starts with a loop
    /// (<c>\b(?:\w+\.)*validate</c>) otherwise tries, and checks its match timeout at, every word of the file.
    /// </summary>
    public static List<Match> MatchesOnLinesWith(SourceDocument doc, Regex pattern, SearchValues<string> required) =>
        [.. LinesWith.Matches(doc.Content, pattern, required).Where(m => doc.Regions.KindAt(m.Index) == RegionKind.Code)];

    /// <summary>Matches outside comments (strings included): settings keys such as <c>"DEFAULT_THROTTLE_RATES":</c>.</summary>
    public static List<Match> MatchesOutsideComments(SourceDocument doc, Regex pattern, string keyword)
    {
        var found = new List<Match>();
        if (!IgnoreCaseSearch.Contains(doc.Content, keyword))
        {
            return found;
        }

        foreach (Match m in pattern.Matches(doc.Content))
        {
            if (doc.Regions.KindAt(m.Index) != RegionKind.Comment)
            {
                found.Add(m);
            }
        }

        return found;
    }

    /// <summary>
    /// The text between the parenthesis at or after <paramref name="from"/> and its partner, with comments blanked
    /// out, so <c>add_middleware(CORSMiddleware, # allow_origins=["*"]</c> does not count; bounded in length.
    /// </summary>
    public static string Arguments(SourceDocument doc, int from)
    {
        var open = doc.Content.IndexOf('(', from);
        return open < 0 ? "" : Balanced(doc, open);
    }

    /// <summary>The text inside the bracket at <paramref name="open"/> up to its partner, comments blanked, bounded.</summary>
    public static string Balanced(SourceDocument doc, int open)
    {
        var s = doc.Content;
        var text = new StringBuilder();
        var depth = 0;
        for (var i = open; i < s.Length && text.Length < MaxArguments; i++)
        {
            var kind = doc.Regions.KindAt(i);
            if (kind == RegionKind.Code)
            {
                depth += s[i] is '(' or '[' or '{' ? 1 : s[i] is ')' or ']' or '}' ? -1 : 0;
                if (depth == 0)
                {
                    break;
                }
            }

            if (i > open)
            {
                text.Append(kind == RegionKind.Comment ? ' ' : s[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>The value assigned after <paramref name="from"/>: a bracketed literal, or the rest of the line.</summary>
    public static string AssignedValue(SourceDocument doc, int from)
    {
        var s = doc.Content;
        var i = from;
        while (i < s.Length && s[i] is ' ' or '\t')
        {
            i++;
        }

        return i < s.Length && s[i] is '[' or '(' or '{' ? Balanced(doc, i) : doc.Text.Line(doc.Text.LineOf(from)).ToString()[(doc.Text.ColumnOf(from) - 1)..];
    }

    /// <summary>The arguments of the call that encloses <paramref name="offset"/>: for <c>add_middleware(CORSMiddleware, ...)</c>.</summary>
    public static string EnclosingArguments(SourceDocument doc, int offset)
    {
        var s = doc.Content;
        var depth = 0;
        for (var i = offset - 1; i >= 0 && offset - i < MaxArguments; i--)
        {
            if (doc.Regions.KindAt(i) != RegionKind.Code)
            {
                continue;
            }

            depth += s[i] is ')' or ']' or '}' ? 1 : s[i] is '(' or '[' or '{' ? -1 : 0;
            if (depth < 0)
            {
                return s[i] == '(' ? Arguments(doc, i) : "";
            }
        }

        return "";
    }

    /// <summary>True on an import statement's line, where a name is only being brought in.</summary>
    public static bool OnImportLine(SourceDocument doc, int offset)
    {
        var line = doc.Text.Line(doc.Text.LineOf(offset)).TrimStart();
        return line.StartsWith("from ") || line.StartsWith("import ");
    }

    /// <summary>The name of the class whose body holds the line at <paramref name="offset"/>, or null at module level.</summary>
    public static string? EnclosingClass(SourceDocument doc, int offset)
    {
        var line = doc.Text.LineOf(offset);
        var indent = Indent(doc.Text.Line(line));
        for (var l = line - 1; l >= 1 && indent > 0; l--)
        {
            var text = doc.Text.Line(l);
            if (text.Trim().Length == 0 || Indent(text) >= indent)
            {
                continue;
            }

            indent = Indent(text);
            var trimmed = text.TrimStart().ToString();
            if (trimmed.StartsWith("class ", StringComparison.Ordinal))
            {
                return new string([.. trimmed[6..].TakeWhile(c => char.IsLetterOrDigit(c) || c == '_')]);
            }
        }

        return null;
    }

    /// <summary>Settings and config meant for development or tests (settings/dev.py, DevelopmentConfig).</summary>
    public static bool IsDevelopmentName(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Contains("dev", StringComparison.Ordinal) || lower.Contains("local", StringComparison.Ordinal)
            || lower.Contains("test", StringComparison.Ordinal) || lower.Contains("debug", StringComparison.Ordinal);
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
}
