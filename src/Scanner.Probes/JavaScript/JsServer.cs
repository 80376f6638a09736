using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>A wired-in module that imports an HTTP server framework, and where (the import).</summary>
public sealed record JsServer(SourceDocument Doc, int Offset, string Framework);
