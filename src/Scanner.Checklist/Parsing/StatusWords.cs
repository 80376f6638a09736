namespace Scanner.Checklist.Parsing;

/// <summary>
/// Reads a written status ("In progress", "✅ Complete", "Not started") as a claim. Negative phrases are tried
/// before positive ones so "not complete" never reads as "complete", and "partially done" never as "done".
/// </summary>
internal static class StatusWords
{
    // Strong phrases are unambiguous even as the whole value of "Label: value"; weak ones ("yes", "open", "live")
    // only count after an explicit "Status:" label, because "Debug: no" or "Port: open" are not progress.
    private static readonly (string Phrase, Claim Claim, bool Strong)[] Phrases =
    [
        ("n/a", Claim.NotApplicable, true),
        ("not applicable", Claim.NotApplicable, true),
        ("won't do", Claim.NotApplicable, true),
        ("wont do", Claim.NotApplicable, true),
        ("out of scope", Claim.NotApplicable, true),
        ("dropped", Claim.NotApplicable, false),
        ("cancelled", Claim.NotApplicable, false),
        ("canceled", Claim.NotApplicable, false),
        ("skipped", Claim.NotApplicable, false),
        ("not started", Claim.NotDone, true),
        ("not done", Claim.NotDone, true),
        ("not complete", Claim.NotDone, true),
        ("not completed", Claim.NotDone, true),
        ("not implemented", Claim.NotDone, true),
        ("not yet", Claim.NotDone, true),
        ("not ready", Claim.NotDone, false),
        ("needs implementation", Claim.NotDone, true),
        ("incomplete", Claim.NotDone, true),
        ("todo", Claim.NotDone, true),
        ("to do", Claim.NotDone, true),
        ("to-do", Claim.NotDone, true),
        ("pending", Claim.NotDone, true),
        ("missing", Claim.NotDone, true),
        ("blocked", Claim.NotDone, false),
        ("planned", Claim.NotDone, false),
        ("backlog", Claim.NotDone, false),
        ("open", Claim.NotDone, false),
        ("failed", Claim.NotDone, false),
        ("failing", Claim.NotDone, false),
        ("no", Claim.NotDone, false),
        ("in progress", Claim.Partial, true),
        ("in-progress", Claim.Partial, true),
        ("wip", Claim.Partial, true),
        ("partially", Claim.Partial, true),
        ("partial", Claim.Partial, true),
        ("ongoing", Claim.Partial, false),
        ("underway", Claim.Partial, false),
        ("started", Claim.Partial, false),
        ("needs attention", Claim.Partial, false),
        ("needs work", Claim.Partial, false),
        ("needs review", Claim.Partial, false),
        ("in review", Claim.Partial, false),
        ("under review", Claim.Partial, false),
        ("mostly", Claim.Partial, false),
        ("almost", Claim.Partial, false),
        ("completed", Claim.Done, true),
        ("complete", Claim.Done, true),
        ("done", Claim.Done, true),
        ("implemented", Claim.Done, true),
        ("finished", Claim.Done, true),
        ("fixed", Claim.Done, false),
        ("resolved", Claim.Done, false),
        ("ready", Claim.Done, false),
        ("production ready", Claim.Done, false),
        ("production-ready", Claim.Done, false),
        ("deployed", Claim.Done, false),
        ("shipped", Claim.Done, false),
        ("live", Claim.Done, false),
        ("passed", Claim.Done, false),
        ("passing", Claim.Done, false),
        ("verified", Claim.Done, false),
        ("configured", Claim.Done, false),
        ("enabled", Claim.Done, false),
        ("yes", Claim.Done, false),
    ];

    /// <summary>The claim of a "Status:" value: a leading marker, else the phrase it starts with.</summary>
    public static bool TryParse(string value, out Claim claim, out string written)
    {
        var trimmed = value.Trim();
        var marker = StatusMarkers.MatchLeading(trimmed);
        if (marker?.Claimed is { } markerClaim)
        {
            claim = markerClaim;
            written = trimmed;
            return true;
        }

        var words = Normalize(marker?.Rest ?? trimmed);
        foreach (var (phrase, phraseClaim, _) in Phrases)
        {
            if (StartsWithWord(words, phrase))
            {
                claim = phraseClaim;
                written = trimmed;
                return true;
            }
        }

        claim = Claim.NotDone;
        written = string.Empty;
        return false;
    }

    /// <summary>Whether the whole of <paramref name="value"/> is one strong status phrase ("Done", "Not started.").</summary>
    public static bool TryParseExact(string value, out Claim claim)
    {
        var words = Normalize(value).TrimEnd('.', '!', ' ');
        foreach (var (phrase, phraseClaim, strong) in Phrases)
        {
            if (strong && words.Equals(phrase, StringComparison.Ordinal))
            {
                claim = phraseClaim;
                return true;
            }
        }

        claim = Claim.NotDone;
        return false;
    }

    private static string Normalize(string value) =>
        PlainText.Collapse(value.Replace('\u2019', '\'')).ToLowerInvariant();

    private static bool StartsWithWord(string words, string phrase) =>
        words.StartsWith(phrase, StringComparison.Ordinal)
        && (words.Length == phrase.Length || !char.IsLetterOrDigit(words[phrase.Length]));
}
