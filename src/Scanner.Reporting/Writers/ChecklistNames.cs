using Scanner.Checklist.Parsing;
using Scanner.Checklist.Reconciliation;

namespace Scanner.Reporting.Writers;

/// <summary>The one spelling of each checklist value in every output format (kebab-case, as in the JSON schema).</summary>
internal static class ChecklistNames
{
    public static string Of(Claim claim) => claim switch
    {
        Claim.Done => "done",
        Claim.NotDone => "not-done",
        Claim.Partial => "partial",
        _ => "not-applicable",
    };

    public static string Of(ClaimStyle style) => Kebab(style.ToString());

    public static string Of(Verdict verdict) => Kebab(verdict.ToString());

    public static string Of(LineStatus status) => Kebab(status.ToString());

    public static string Section(ChecklistItem item) => string.Join(" > ", item.Section);

    /// <summary>What the box of a self-contradicting line claims, as a reader would put it: "ticked" or "not ticked".</summary>
    public static string Box(SelfContradiction contradiction) => contradiction.Claimed == Claim.Done ? "ticked" : "not ticked";

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
