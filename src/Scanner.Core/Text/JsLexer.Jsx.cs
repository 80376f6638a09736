namespace Scanner.Core.Text;

/// <summary>JSX: tags, attribute strings, <c>{ }</c> expressions and children text, with backtracking on a wrong guess.</summary>
internal sealed partial class JsLexer
{
    /// <summary>After this many wrong JSX guesses the file is read as plain JavaScript, keeping the cost linear.</summary>
    private const int MaxJsxRetries = 8;

    private readonly HashSet<int> _notJsx = [];
    private bool _jsx;
    private JsLexSnapshot? _attempt;
    private int _jsxDepth;
    private int _retries;

    /// <summary>A letter or <c>&gt;</c> after the <c>&lt;</c>, and not a .tsx generic (<c>&lt;T,&gt;</c>, <c>&lt;T extends U&gt;</c>).</summary>
    private bool StartsJsx(int i)
    {
        if (_notJsx.Contains(i) || i + 1 >= _s.Length)
        {
            return false;
        }

        var j = i + 1;
        if (_s[j] == '>')
        {
            return true;
        }

        if (!char.IsLetter(_s[j]) && _s[j] is not ('_' or '$'))
        {
            return false;
        }

        while (j < _s.Length && IsTagNameChar(_s[j]))
        {
            j++;
        }

        while (j < _s.Length && _s[j] is ' ' or '\t')
        {
            j++;
        }

        var rest = _s.AsSpan(j);
        return !rest.StartsWith(",") && !(rest.StartsWith("extends ") || rest.StartsWith("extends\t"));
    }

    private int BeginJsx(int i)
    {
        _attempt ??= new JsLexSnapshot(i, _regions.Count, _braceDepth, _frames);
        _jsxDepth = 0;
        return StartTag(i);
    }

    /// <summary>At a <c>&lt;</c>: a closing tag ends an element, an opening tag continues with its attributes.</summary>
    private int StartTag(int i)
    {
        var j = i + 1;
        if (j < _s.Length && _s[j] == '/')
        {
            var close = _s.IndexOf('>', j);
            if (close < 0)
            {
                return _s.Length;
            }

            _jsxDepth--;
            return ElementDone(close + 1);
        }

        while (j < _s.Length && IsTagNameChar(_s[j]))
        {
            j++;
        }

        _mode = JsLexMode.JsxTag;
        return j;
    }

    /// <summary>Attributes of an opening tag: strings (no escapes in JSX), <c>{ }</c> expressions, then <c>&gt;</c> or <c>/&gt;</c>.</summary>
    private int ScanTag(int i)
    {
        while (i < _s.Length)
        {
            var c = _s[i];
            if (c is '"' or '\'')
            {
                var end = _s.IndexOf(c, i + 1);
                i = Add(i, end < 0 ? _s.Length : end + 1, RegionKind.String);
            }
            else if (c == '{')
            {
                Push(JsLexMode.JsxTag, template: false);
                return i + 1;
            }
            else if (c == '/' && i + 1 < _s.Length && _s[i + 1] == '>')
            {
                return ElementDone(i + 2);
            }
            else if (c == '>')
            {
                _jsxDepth++;
                _mode = JsLexMode.JsxChildren;
                return i + 1;
            }
            else if (c is '<' or ';' or '(' or ')')
            {
                return Backtrack(_attempt);
            }
            else
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>Children: text (an apostrophe here is prose, not a quote), <c>{ }</c> expressions and nested tags.</summary>
    private int ScanChildren(int i)
    {
        var start = i;
        while (i < _s.Length)
        {
            var c = _s[i];
            if (c == '{')
            {
                Add(start, i, RegionKind.String);
                Push(JsLexMode.JsxChildren, template: false);
                return i + 1;
            }

            if (c == '<' && i + 1 < _s.Length && (_s[i + 1] is '/' or '>' || char.IsLetter(_s[i + 1])))
            {
                Add(start, i, RegionKind.String);
                return StartTag(i);
            }

            i++;
        }

        Add(start, _s.Length, RegionKind.String);
        return _s.Length;
    }

    private int ElementDone(int after)
    {
        if (_jsxDepth > 0)
        {
            _mode = JsLexMode.JsxChildren;
            return after;
        }

        _mode = JsLexMode.Code;
        Value();
        if (_attempt is not null && ReferenceEquals(_frames, _attempt.Frames))
        {
            _attempt = null;
        }

        return after;
    }

    /// <summary>Undoes a JSX guess: back to its <c>&lt;</c>, which is now read as an operator.</summary>
    private int Backtrack(JsLexSnapshot? attempt)
    {
        if (attempt is null)
        {
            _mode = JsLexMode.Code;
            return _s.Length;
        }

        _regions.RemoveRange(attempt.RegionCount, _regions.Count - attempt.RegionCount);
        _braceDepth = attempt.BraceDepth;
        _frames = attempt.Frames;
        _mode = JsLexMode.Code;
        _attempt = null;
        _notJsx.Add(attempt.Position);
        _jsx = ++_retries <= MaxJsxRetries;
        Expression();
        return attempt.Position;
    }

    private static bool IsTagNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '.' or ':' or '-';
}
