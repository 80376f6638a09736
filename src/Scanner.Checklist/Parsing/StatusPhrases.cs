namespace Scanner.Checklist.Parsing;

/// <summary>The phrases by which a line's own words deny or replace its claim (see <see cref="PhraseFinder"/>).</summary>
internal static class StatusPhrases
{
    /// <summary>Words that say "not done" on a ticked line. Ambiguous ones ("missing", "TODO") only count in a slot.</summary>
    public static PhraseFinder NotDone { get; } = new(
        [
            "missing", "pending", "todo", "to do", "tbd", "wip", "in progress", "incomplete", "partially", "partial",
            "coming soon", "not configured", "not set up", "not enabled", "needs work", "needs review", "not tested",
        ],
        [
            "needs implementation", "needs to be implemented", "need to be implemented", "not yet implemented",
            "not implemented", "not yet", "to be done", "to be implemented", "to be added", "to be configured",
            "not done", "not started", "still missing", "is missing", "are missing", "still pending", "is pending",
            "work in progress",
        ]);

    /// <summary>Words that say "done" on an open line: "- [ ] /health endpoint (already implemented)".</summary>
    public static PhraseFinder AlreadyDone { get; } = new(
        [],
        [
            "already implemented", "already done", "already in place", "already configured", "already set up",
            "already exists", "already enabled", "already completed", "already added",
        ]);

    /// <summary>Words that say the line does not apply: "2FA: N/A", "(not applicable)".</summary>
    public static PhraseFinder NotApplicable { get; } = new(
        ["n/a", "not applicable"],
        ["is not applicable", "are not applicable", "does not apply", "doesn't apply", "do not apply", "don't apply"],
        conditionVoids: true);
}
