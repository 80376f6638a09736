namespace Scanner.Checklist.Parsing;

/// <summary>One line of a checklist that claims something (or, when <see cref="IsCriterion"/>, lists a criterion).</summary>
/// <param name="File">Repository-relative path, as the caller passed it.</param>
/// <param name="Line">1-based source line of the claim.</param>
/// <param name="Section">Heading path above the line, decorations stripped.</param>
/// <param name="Text">Plain text: no Markdown, no checkbox, no leading status marker.</param>
/// <param name="Depth">List nesting level, 0 at the top.</param>
/// <param name="ControlTag">Id from a <c>&lt;!-- readyscan: id --&gt;</c> comment on the line.</param>
/// <param name="IsCriterion">The line states a requirement, not progress; its claim is always NotDone.</param>
public sealed record ChecklistItem(
    string File,
    int Line,
    IReadOnlyList<string> Section,
    string Text,
    Claim Claim,
    ClaimStyle Style,
    int Depth,
    string? ControlTag,
    bool IsCriterion)
{
    /// <summary>The marker or box as written (<c>[x]</c>, <c>✅</c>, <c>Status: In progress</c>), for reports.</summary>
    public string? Marker { get; init; }

    /// <summary>The contents of the line's code spans (<c>`helmet`</c>), in order, for claims that name code.</summary>
    public IReadOnlyList<string> CodeSpans { get; init; } = [];
}
