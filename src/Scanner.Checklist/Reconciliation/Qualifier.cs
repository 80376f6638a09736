namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// One part of what a line claims, judged on its own (TRUTH.md §3): a named file, package pin, variable or
/// statement, with its verdict, the evidence behind it and why. The line is the conjunction of its parts.
/// </summary>
public sealed record Qualifier(string Kind, string Text, Verdict Verdict, IReadOnlyList<EvidenceItem> Evidence, string Reason)
{
    /// <summary>
    /// Whether this part, met, can stand for the whole line: a file the line is about ("`vercel.json` configured") or a
    /// module shown wired, but not a file that only says where other work is ("request limits — `Program.cs`").
    /// </summary>
    public bool StandsForLine { get; init; } = true;

    /// <summary>
    /// Whether this part, unknown, keeps a met line from being confirmed: a number the line states while the limit
    /// it names takes its numbers from configuration is the very claim left unchecked.
    /// </summary>
    public bool HoldsLineBack { get; init; }
}
