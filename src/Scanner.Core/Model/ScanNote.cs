namespace Scanner.Core.Model;

/// <summary>Something the scan passed over or could not read, said plainly so nothing is skipped in silence.</summary>
public sealed record ScanNote(string Path, string Kind, string Message)
{
    /// <summary>The line the note is about, or 0 for the whole file.</summary>
    public int Line { get; init; }
}
