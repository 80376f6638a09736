using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Which branch of a Python module a line runs in. Code under <c>if __name__ == "__main__":</c> runs only when the
/// file is executed as a script, and code under <c>if DEBUG:</c> (or the <c>else:</c> of <c>if not DEBUG:</c>)
/// only in development: neither says anything about the production app (TRUTH.md §2). Code under
/// <c>if not DEBUG:</c> is the production branch and counts like module-level code.
/// </summary>
public static class PyBlocks
{
    /// <summary>Whether the line at <paramref name="offset"/> sits in a script-only or development-only block.</summary>
    public static bool IsDevOnly(SourceDocument doc, int offset)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var line = doc.Text.LineOf(offset);
        var indent = Indent(doc.Text.Line(line).ToString());
        for (var l = line - 1; l >= 1 && indent > 0; l--)
        {
            var text = doc.Text.Line(l).ToString();
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#') || Indent(text) >= indent)
            {
                continue;
            }

            indent = Indent(text);
            var head = Condition(text);
            if (head is null)
            {
                continue;
            }

            if (head == "else")
            {
                var owner = OwnerOfElse(doc, l, indent);
                if (owner is not null && IsDebugTest(owner, out var negatedOwner) && negatedOwner)
                {
                    return true;
                }

                continue;
            }

            if (head.Contains("__name__", StringComparison.Ordinal) && head.Contains("__main__", StringComparison.Ordinal))
            {
                return true;
            }

            if (IsDebugTest(head, out var negated) && !negated)
            {
                return true;
            }
        }

        return false;
    }

    // "if X:" gives "X"; "else:" gives "else"; any other line null.
    private static string? Condition(string line)
    {
        var t = line.Trim();
        if (t.StartsWith("else", StringComparison.Ordinal) && t[4..].Trim() == ":")
        {
            return "else";
        }

        return t.StartsWith("if ", StringComparison.Ordinal) && t.EndsWith(':') ? t[3..^1].Trim() : null;
    }

    private static string? OwnerOfElse(SourceDocument doc, int elseLine, int indent)
    {
        for (var l = elseLine - 1; l >= 1; l--)
        {
            var text = doc.Text.Line(l).ToString();
            if (text.Trim().Length == 0 || Indent(text) > indent)
            {
                continue;
            }

            return Indent(text) == indent ? Condition(text) : null;
        }

        return null;
    }

    // "DEBUG", "settings.DEBUG", "app.debug", "not DEBUG", "DEBUG is True"; anything more is not a plain debug test.
    private static bool IsDebugTest(string condition, out bool negated)
    {
        var c = condition.Trim().TrimStart('(').TrimEnd(')').Trim();
        negated = c.StartsWith("not ", StringComparison.Ordinal);
        if (negated)
        {
            c = c[4..].Trim();
        }

        if (c.EndsWith(" is True", StringComparison.Ordinal) || c.EndsWith(" == True", StringComparison.Ordinal))
        {
            c = c[..^8].Trim();
        }

        var name = c.Contains('.', StringComparison.Ordinal) ? c[(c.LastIndexOf('.') + 1)..] : c;
        return name is "DEBUG" or "debug";
    }

    private static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] is ' ' or '\t')
        {
            n++;
        }

        return n;
    }
}
