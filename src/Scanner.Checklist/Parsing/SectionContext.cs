using System.Text.RegularExpressions;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Tells criteria headings ("Must Have", "Go/No-Go Criteria", "Requirements", "Tips") from progress headings
/// ("Completed Items", "Status"). A ✅ under "Must Have (No-Go if Missing)" says what is required, not what is
/// done; the same ✅ under "Completed Items" is a claim. When a heading says both ("Requirements Status") it
/// reports progress, so claims win, except "Definition of Done", which is a list of criteria.
/// </summary>
internal static class SectionContext
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex DefinitionOfDone = new(@"\bdefinition of done\b", Options);

    private static readonly Regex CriteriaWords = new(
        @"\b(must[- ]haves?|should[- ]haves?|could[- ]haves?|nice[- ]to[- ]haves?|won'?t[- ]haves?|criteria|criterion|go\s*/\s*no[- ]go|no[- ]go|requirements?|required|prerequisites?|acceptance|legend|targets?|goals?|tips?|best practices|recommendations?|recommended|guidelines?|principles)\b",
        Options);

    private static readonly Regex ClaimWords = new(
        @"\b(completed?|done|finished|implemented|status|progress|achieved|accomplished|already|shipped)\b",
        Options);

    public static ContextKind Classify(string? label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return ContextKind.Neutral;
        }

        if (DefinitionOfDone.IsMatch(label))
        {
            return ContextKind.Criteria;
        }

        if (ClaimWords.IsMatch(label))
        {
            return ContextKind.Claims;
        }

        return CriteriaWords.IsMatch(label) ? ContextKind.Criteria : ContextKind.Neutral;
    }

    /// <summary>The innermost label that is not neutral decides; none means marker lines are claims.</summary>
    public static bool IsCriteria(string? listLabel, IReadOnlyList<string> section)
    {
        var kind = Classify(listLabel);
        for (var i = section.Count - 1; kind == ContextKind.Neutral && i >= 0; i--)
        {
            kind = Classify(section[i]);
        }

        return kind == ContextKind.Criteria;
    }
}
