namespace Scanner.Core.Text;

/// <summary>
/// Finds comments and strings in C-family text (JavaScript/TypeScript, C#, Java, Go ...). It never throws: an
/// unterminated literal ends at the line end (single-line forms) or the file end (block forms), so one odd
/// character cannot hide the rest of the file.
/// </summary>
internal sealed class CStyleLexer
{
    private static readonly HashSet<string> RegexAfterKeywords = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    };

    private readonly string _s;
    private readonly bool _js;
    private readonly bool _csharp;
    private readonly List<Region> _regions = [];
    private readonly Stack<int> _templateDepths = new();
    private int _braceDepth;
    private string _previous = "";

    private CStyleLexer(string s, Language language)
    {
        _s = s;
        _js = language == Language.JavaScript;
        _csharp = language == Language.CSharp;
    }

    public static List<Region> Lex(string text, Language language) => new CStyleLexer(text, language).Run();

    private List<Region> Run()
    {
        var i = 0;
        while (i < _s.Length)
        {
            i = Step(i);
        }

        return _regions;
    }

    private int Step(int i)
    {
        var c = _s[i];
        var next = i + 1 < _s.Length ? _s[i + 1] : '\0';
        if (c == '/' && next == '/')
        {
            return Add(i, EndOfLine(i), RegionKind.Comment);
        }

        if (c == '/' && next == '*')
        {
            var end = _s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return Add(i, end < 0 ? _s.Length : end + 2, RegionKind.Comment);
        }

        if (c == '/' && _js && RegexAllowed())
        {
            var end = LiteralScanner.RegexEnd(_s, i);
            if (end > 0)
            {
                _previous = "regex";
                return Add(i, end, RegionKind.String);
            }
        }

        if (_csharp && (c == '@' || c == '$'))
        {
            var start = i;
            while (i < _s.Length && (_s[i] == '@' || _s[i] == '$'))
            {
                i++;
            }

            if (i < _s.Length && _s[i] == '"')
            {
                var verbatim = _s.AsSpan(start, i - start).Contains('@');
                return AddLiteral(start, verbatim ? LiteralScanner.VerbatimEnd(_s, i) : LiteralScanner.QuotedEnd(_s, i, '"'));
            }

            return i;
        }

        if (c == '"' && _csharp && next == '"' && i + 2 < _s.Length && _s[i + 2] == '"')
        {
            return AddLiteral(i, LiteralScanner.RawEnd(_s, i));
        }

        if (c == '"' || c == '\'')
        {
            return AddLiteral(i, LiteralScanner.QuotedEnd(_s, i, c));
        }

        if (c == '`' && _js)
        {
            return ScanTemplate(i, i + 1);
        }

        return Code(i, c);
    }

    private int Code(int i, char c)
    {
        if (c == '{')
        {
            _braceDepth++;
        }
        else if (c == '}')
        {
            _braceDepth--;
            if (_templateDepths.Count > 0 && _templateDepths.Peek() == _braceDepth)
            {
                _templateDepths.Pop();
                return ScanTemplate(i, i + 1);
            }
        }

        if (char.IsLetterOrDigit(c) || c == '_' || c == '$')
        {
            var start = i;
            while (i < _s.Length && (char.IsLetterOrDigit(_s[i]) || _s[i] == '_' || _s[i] == '$'))
            {
                i++;
            }

            _previous = _s[start..i];
            return i;
        }

        if (!char.IsWhiteSpace(c))
        {
            _previous = c.ToString();
        }

        return i + 1;
    }

    /// <summary>Template literal body from <paramref name="from"/>; stops at the closing backtick or a <c>${</c>.</summary>
    private int ScanTemplate(int regionStart, int from)
    {
        var i = from;
        while (i < _s.Length)
        {
            var c = _s[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '`')
            {
                _previous = "string";
                return Add(regionStart, i + 1, RegionKind.String);
            }

            if (c == '$' && i + 1 < _s.Length && _s[i + 1] == '{')
            {
                Add(regionStart, i, RegionKind.String);
                _templateDepths.Push(_braceDepth);
                _braceDepth++;
                _previous = "{";
                return i + 2;
            }

            i++;
        }

        return Add(regionStart, _s.Length, RegionKind.String);
    }

    private bool RegexAllowed()
    {
        if (_previous.Length == 0)
        {
            return true;
        }

        var p = _previous[0];
        if (char.IsLetterOrDigit(p) || p == '_' || p == '$')
        {
            return RegexAfterKeywords.Contains(_previous);
        }

        return _previous is not (")" or "]" or "string" or "regex");
    }

    private int EndOfLine(int i)
    {
        var end = _s.IndexOfAny(['\n', '\r'], i);
        return end < 0 ? _s.Length : end;
    }

    private int AddLiteral(int start, int end)
    {
        _previous = "string";
        return Add(start, end, RegionKind.String);
    }

    private int Add(int start, int end, RegionKind kind)
    {
        if (end > start)
        {
            _regions.Add(new Region(start, end - start, kind));
        }

        return Math.Max(end, start + 1);
    }
}
