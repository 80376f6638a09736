namespace Scanner.Tests.Hostile;

/// <summary>One finding as the JSON report states it.</summary>
internal sealed record ReportedFinding(string ProbeId, string Outcome, string? Path, int Line, string Message);
