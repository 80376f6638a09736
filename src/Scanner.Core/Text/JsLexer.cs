namespace Scanner.Core.Text;

/// <summary>
/// Comments, strings, template literals (with nested <c>${}</c>), regex literals and JSX text in JavaScript and
/// TypeScript. A slash or a <c>&lt;</c> is read by what came before it: after a value it is an operator, where an
/// expression can start it opens a regex or (in files that may hold JSX; .ts files cannot, there
/// <c>&lt;T&gt;x</c> is a type assertion) a JSX element. A JSX guess whose element never closes is undone, so a
/// misread comparison cannot hide the rest of the file. It never throws: quotes end at the line end, comments and
/// templates at the file end.
/// </summary>
internal sealed partial class JsLexer
{
    private static readonly HashSet<string> ExpressionKeywords = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield",
        "await", "default", "extends",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Keywords =
        ExpressionKeywords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _s;
    private readonly List<Region> _regions = [];
    private JsLexMode _mode;
    private JsLexFrame? _frames;
    private int _braceDepth;
    private bool _exprAllowed = true;
    private bool _afterDot;

    private JsLexer(string s, bool jsx)
    {
        _s = s;
        _jsx = jsx;
    }

    public static List<Region> Lex(string text, bool jsx) => new JsLexer(text, jsx).Run();

    /// <summary>TypeScript files without an x cannot hold JSX; everything else (.js, .jsx, .tsx, .mjs ...) may.</summary>
    public static bool AllowsJsx(string? path) =>
        path is null || !(path.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) ||
                          path.EndsWith(".mts", StringComparison.OrdinalIgnoreCase) ||
                          path.EndsWith(".cts", StringComparison.OrdinalIgnoreCase) ||
                          path.EndsWith(".vue", StringComparison.OrdinalIgnoreCase) ||
                          path.EndsWith(".svelte", StringComparison.OrdinalIgnoreCase));

    private List<Region> Run()
    {
        var i = _s.StartsWith("#!", StringComparison.Ordinal) ? Add(0, EndOfLine(0), RegionKind.Comment) : 0;
        while (true)
        {
            while (i < _s.Length)
            {
                i = _mode switch
                {
                    JsLexMode.JsxTag => ScanTag(i),
                    JsLexMode.JsxChildren => ScanChildren(i),
                    _ => StepCode(i),
                };
            }

            if (_attempt is null)
            {
                return _regions;
            }

            i = Backtrack(_attempt);
        }
    }

    private int StepCode(int i)
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

        if (c == '/' && _exprAllowed && LiteralScanner.RegexEnd(_s, i) is var regexEnd and > 0)
        {
            Value();
            return Add(i, regexEnd, RegionKind.String);
        }

        if (c is '"' or '\'')
        {
            Value();
            return Add(i, LiteralScanner.QuotedEnd(_s, i, c), RegionKind.String);
        }

        if (c == '`')
        {
            return ScanTemplate(i, i + 1);
        }

        if (c == '<' && _jsx && _exprAllowed && StartsJsx(i))
        {
            return BeginJsx(i);
        }

        if (c == '{')
        {
            _braceDepth++;
            Expression();
            return i + 1;
        }

        if (c == '}')
        {
            return CloseBrace(i);
        }

        if (IsIdentifierChar(c))
        {
            return Word(i);
        }

        return char.IsWhiteSpace(c) ? i + 1 : Punctuation(i, c, next);
    }

    private int Word(int i)
    {
        var start = i;
        while (i < _s.Length && IsIdentifierChar(_s[i]))
        {
            i++;
        }

        var word = _s.AsSpan(start, i - start);
        _exprAllowed = !_afterDot && !char.IsAsciiDigit(word[0]) && Keywords.Contains(word);
        _afterDot = false;
        return i;
    }

    private int Punctuation(int i, char c, char next)
    {
        if (c is '+' or '-' && next == c)
        {
            // Postfix after a value (i++ / 2) keeps the slash a division; prefix starts an expression.
            _afterDot = false;
            return i + 2;
        }

        if (c == '!' && !_exprAllowed && next != '=')
        {
            // TypeScript's non-null assertion (value! / 2) leaves a value behind.
            return i + 1;
        }

        if (c == '.' && next == '.' && i + 2 < _s.Length && _s[i + 2] == '.')
        {
            Expression();
            return i + 3;
        }

        if (c == '.' || (c == '?' && next == '.' && !(i + 2 < _s.Length && char.IsAsciiDigit(_s[i + 2]))))
        {
            _exprAllowed = false;
            _afterDot = true;
            return c == '.' ? i + 1 : i + 2;
        }

        _exprAllowed = c is not (')' or ']');
        _afterDot = false;
        return i + 1;
    }

    private int CloseBrace(int i)
    {
        _braceDepth--;
        if (_frames is { } frame && frame.BraceDepth == _braceDepth)
        {
            _frames = frame.Parent;
            if (frame.Template)
            {
                return ScanTemplate(i, i + 1);
            }

            _mode = frame.Resume;
            _jsxDepth = frame.JsxDepth;
            return i + 1;
        }

        Expression();
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
                Value();
                return Add(regionStart, i + 1, RegionKind.String);
            }

            if (c == '$' && i + 1 < _s.Length && _s[i + 1] == '{')
            {
                Add(regionStart, i, RegionKind.String);
                Push(JsLexMode.Code, template: true);
                return i + 2;
            }

            i++;
        }

        return Add(regionStart, _s.Length, RegionKind.String);
    }

    /// <summary>Enters code that a <c>}</c> at the current depth will leave again, back into <paramref name="resume"/>.</summary>
    private void Push(JsLexMode resume, bool template)
    {
        _frames = new JsLexFrame(_frames, resume, template, _braceDepth, _jsxDepth);
        _braceDepth++;
        _mode = JsLexMode.Code;
        Expression();
    }

    private void Value()
    {
        _exprAllowed = false;
        _afterDot = false;
    }

    private void Expression()
    {
        _exprAllowed = true;
        _afterDot = false;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    private int EndOfLine(int i)
    {
        var end = _s.IndexOfAny(['\n', '\r'], i);
        return end < 0 ? _s.Length : end;
    }

    private int Add(int start, int end, RegionKind kind)
    {
        end = Math.Min(end, _s.Length);
        if (end > start)
        {
            _regions.Add(new Region(start, end - start, kind));
        }

        return Math.Max(end, start + 1);
    }
}
