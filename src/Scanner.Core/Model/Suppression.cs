namespace Scanner.Core.Model;

/// <summary>Why a finding is not counted: the marker that suppressed it and the reason given.</summary>
public sealed record Suppression(string Kind, string Justification, SourceLocation? Location);
