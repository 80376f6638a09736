namespace Scanner.Checklist.Parsing;

/// <summary>
/// "Database migrations: Done", "Backups — not started": a list item whose whole value after the last ':' or
/// dash is one unambiguous status phrase. Anything else ("Priority: High") is not a claim.
/// </summary>
internal static class SubjectValue
{
    private static readonly string[] Separators = [":", " - ", " \u2013 ", " \u2014 "];

    public static bool TryMatch(string text, out string subject, out Claim claim, out string value)
    {
        subject = string.Empty;
        value = string.Empty;
        claim = Claim.NotDone;
        var cut = -1;
        var width = 0;
        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > cut)
            {
                cut = at;
                width = separator.Length;
            }
        }

        if (cut <= 0)
        {
            return false;
        }

        value = StatusMarkers.StripLeading(text[(cut + width)..].Trim());
        subject = text[..cut].Trim();
        return subject.Length > 0 && value.Length > 0 && StatusWords.TryParseExact(value, out claim);
    }
}
