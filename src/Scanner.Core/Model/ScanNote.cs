namespace Scanner.Core.Model;

/// <summary>Something the scan passed over or could not read, said plainly so nothing is skipped in silence.</summary>
public sealed record ScanNote(string Path, string Kind, string Message);
