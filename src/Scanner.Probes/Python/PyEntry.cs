namespace Scanner.Probes.Python;

/// <summary>A module the app starts from, and why: the launch command that names it, or the convention it follows.</summary>
public sealed record PyEntry(string Path, string Reason);
