using System.Globalization;
using System.Text.RegularExpressions;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Finds the lines where a checklist counts itself ("Completed: 48 items", "Pending: 24", "Overall Progress: 67%",
/// "Total: 72") and checks them against the document's own items.
/// </summary>
internal static class SummaryDetector
{
    // Interpreted, within LineBounds: anchored to one line.
    private static readonly Regex Pattern = new(
        @"^(?<label>(?:(?:overall|current|total)\s+)?(?:progress|completion|completed|complete|done|finished|pending|remaining|incomplete|outstanding|open|todo|to do|not done|not started|total)(?:\s+(?:items|tasks|checks))?)\s*:\s*(?<num>\d{1,7}(?:\.\d{1,3})?)\s*(?<pct>%)?\s*(?:(?:/|of|out of)\s*\d{1,7})?\s*(?:items?|tasks?|checks?)?\s*(?:\(.*\))?\s*\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        LineBounds.Timeout);

    private static readonly Regex PendingWords = new(
        @"pending|remaining|incomplete|outstanding|open|to\s*do|not done|not started",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        LineBounds.Timeout);

    public static SummaryCandidate? TryMatch(int line, string text)
    {
        if (text.Length > LineBounds.MaxLength || !text.Contains(':', StringComparison.Ordinal) || !text.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["num"].Value;
        var stated = double.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var label = match.Groups["label"].Value;
        if (match.Groups["pct"].Success)
        {
            var dot = number.IndexOf('.', StringComparison.Ordinal);
            return new SummaryCandidate(line, text, "progress-percent", stated, dot < 0 ? 0 : number.Length - dot - 1);
        }

        var kind = PendingWords.IsMatch(label) ? "pending"
            : label.StartsWith("total", StringComparison.OrdinalIgnoreCase) && label.Split(' ').Length <= 2 && !label.Contains("complete", StringComparison.OrdinalIgnoreCase) ? "total"
            : "completed";
        return new SummaryCandidate(line, text, kind, stated, 0);
    }

    /// <summary>
    /// Checks each statement against the counted items: ticked boxes when the document has any (that is what
    /// authors count), otherwise every claimed line. Criteria and not-applicable lines count for nothing.
    /// </summary>
    public static List<SummaryStatement> Resolve(string file, IEnumerable<SummaryCandidate> candidates, IReadOnlyList<ChecklistItem> items)
    {
        // Counted in one pass, without a list of a million claims.
        int boxes = 0, boxesDone = 0, lines = 0, linesDone = 0;
        foreach (var item in items)
        {
            if (item.IsCriterion || item.Claim == Claim.NotApplicable)
            {
                continue;
            }

            var isDone = item.Claim == Claim.Done ? 1 : 0;
            (lines, linesDone) = (lines + 1, linesDone + isDone);
            if (item.Style == ClaimStyle.Checkbox)
            {
                (boxes, boxesDone) = (boxes + 1, boxesDone + isDone);
            }
        }

        var (done, total) = boxes > 0 ? (boxesDone, boxes) : (linesDone, lines);
        return [.. candidates.Select(c => Resolve(file, c, done, total))];
    }

    private static SummaryStatement Resolve(string file, SummaryCandidate candidate, int done, int total)
    {
        if (candidate.Kind != "progress-percent")
        {
            double actual = candidate.Kind switch
            {
                "completed" => done,
                "pending" => total - done,
                _ => total,
            };
            return new SummaryStatement(file, candidate.Line, candidate.Text, candidate.Kind, candidate.Stated, actual, candidate.Stated == actual);
        }

        var exact = total == 0 ? 0 : 100.0 * done / total;
        var rounded = Math.Round(exact, candidate.Decimals, MidpointRounding.AwayFromZero);
        var truncated = Math.Round(exact, candidate.Decimals, MidpointRounding.ToZero);

        // People both round and truncate percentages; either reading of the same numbers agrees. A whole multiple
        // of 5 is read as rounded to the nearest 5 ("75 %" for 16 of 21, 76.2 %): a coarse figure, not a false one.
        var coarse = candidate.Decimals == 0 && candidate.Stated % 5 == 0 && Math.Abs(exact - candidate.Stated) < 2.5;
        var agrees = candidate.Stated == rounded || candidate.Stated == truncated || coarse;
        return new SummaryStatement(file, candidate.Line, candidate.Text, candidate.Kind, candidate.Stated, rounded, agrees);
    }
}
