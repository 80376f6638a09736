namespace Scanner.Probes.JavaScript;

/// <summary>A module a file imports: the specifier, the local name bound to its default export (if any), and where.</summary>
public sealed record JsImport(string Specifier, string? LocalName, int Offset);
