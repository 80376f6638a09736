using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>One place a probe found what it looks for: the file, the offset and a short description.</summary>
public sealed record PyHit(SourceDocument Doc, int Offset, string What);
