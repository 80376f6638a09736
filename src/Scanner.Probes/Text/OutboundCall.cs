using Scanner.Core.Workspaces;

namespace Scanner.Probes.Text;

/// <summary>
/// One outbound HTTP client or call in production code: where it is, which client (axios, requests, HttpClient),
/// its timeout state, and the detail a reader checks the claim against ("timeout: 5000", "no timeout=").
/// </summary>
public sealed record OutboundCall(SourceDocument Doc, int Offset, string Client, TimeoutSetting Setting, string Detail);
