using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>A place in a JS/TS file that shows a capability, and what it shows ("pino logger created").</summary>
public sealed record JsEvidence(SourceDocument Doc, int Offset, string What);
