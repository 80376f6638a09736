namespace Scanner.Tests.Hostile;

/// <summary>What a read-only scan must not change about one path: its kind, size, content hash, mtime and mode.</summary>
internal sealed record PathState(string Kind, long Size, string Sha256, DateTime ModifiedUtc, UnixFileMode Mode);
