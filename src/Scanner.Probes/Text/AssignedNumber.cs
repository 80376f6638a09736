namespace Scanner.Probes.Text;

/// <summary>
/// The whole number a name is set to right after it (<c>MAX_ATTEMPTS = 5</c>, <c>maxAttempts: 5</c>,
/// <c>MaxFailedAccessAttempts = 5</c>): how a threshold a checklist line states is put beside the code's own.
/// </summary>
public static class AssignedNumber
{
    /// <summary>The digits (at most four) assigned at <paramref name="from"/>, just past the name, or null.</summary>
    public static string? At(string content, int from, bool colonAssigns)
    {
        var rest = content.AsSpan(from, Math.Min(40, content.Length - from)).TrimStart(" \t");
        if (rest.Length < 2 || !((colonAssigns && rest[0] == ':') || (rest[0] == '=' && rest[1] != '=')))
        {
            return null;
        }

        var digits = rest[1..].TrimStart(" \t");
        var n = 0;
        while (n < digits.Length && n < 4 && char.IsAsciiDigit(digits[n]))
        {
            n++;
        }

        return n > 0 ? digits[..n].ToString() : null;
    }

    /// <summary>The number the first assignment of <paramref name="name"/> in the text sets, or null.</summary>
    public static string? Of(string content, string name, bool colonAssigns)
    {
        for (var at = content.IndexOf(name, StringComparison.Ordinal); at >= 0; at = content.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (At(content, at + name.Length, colonAssigns) is { } number)
            {
                return number;
            }
        }

        return null;
    }
}
