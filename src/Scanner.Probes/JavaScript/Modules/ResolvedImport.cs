namespace Scanner.Probes.JavaScript.Modules;

/// <summary>An import and the repository file it resolves to (null for packages and anything unresolved).</summary>
public sealed record ResolvedImport(JsImport Import, string? Target);
