using Scanner.Core.Workspaces;

namespace Scanner.Probes.Text;

/// <summary>
/// A timeout that is not on an outbound call (the server's own request timeout, a database connect timeout): a line
/// saying "timeouts configured" may mean this one, so it keeps missing outbound timeouts from refuting the line.
/// </summary>
public sealed record OtherTimeout(SourceDocument Doc, int Offset, string What);
