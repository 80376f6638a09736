namespace Scanner.Checklist.Matching;

/// <summary>A checklist line matched to a control, with the reason so a reader can check the match.</summary>
/// <param name="ControlId">The control's id.</param>
/// <param name="MatchedBy">
/// <c>tag</c> (an explicit <c>&lt;!-- readyscan: id --&gt;</c>), <c>title</c>, <c>alias:&lt;alias&gt;</c> or
/// <c>keywords:&lt;k1&gt;+&lt;k2&gt;</c>.
/// </param>
/// <param name="Score">Strength of the match in (0, 1]; tag 1, title 0.95, aliases 0.65–0.9 by length, keywords below.</param>
public sealed record ControlMatch(string ControlId, string MatchedBy, double Score);
