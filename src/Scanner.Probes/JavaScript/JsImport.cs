namespace Scanner.Probes.JavaScript;

/// <summary>
/// A module a file imports: the specifier, the local name bound to its default export or namespace (if any), the
/// local names of named bindings, and where. Type-only imports vanish at runtime, so they wire nothing in.
/// </summary>
public sealed record JsImport(string Specifier, string? LocalName, int Offset)
{
    public IReadOnlyList<string> Names { get; init; } = [];

    public bool TypeOnly { get; init; }

    /// <summary>Every local name this import binds: the default or namespace name and the named bindings.</summary>
    public IEnumerable<string> Bindings => LocalName is null ? Names : Names.Prepend(LocalName);
}
