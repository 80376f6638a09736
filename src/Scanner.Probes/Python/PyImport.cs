namespace Scanner.Probes.Python;

/// <summary>
/// One import statement: <c>import a.b</c> (Module "a.b"), <c>from ..x import y, z</c> (Level 2, Module "x",
/// Names [y, z]); Offset is where the keyword sits.
/// </summary>
public sealed record PyImport(string Module, int Level, IReadOnlyList<string> Names, int Offset)
{
    /// <summary>The first segment of an absolute import: the distribution-level package name (flask, fastapi).</summary>
    public string TopLevel => Level > 0 ? "" : Module.Split('.')[0];

    /// <summary>True when this statement imports <paramref name="module"/> itself or something inside it.</summary>
    public bool Imports(string module) =>
        Level == 0 && (Module == module || Module.StartsWith(module + ".", StringComparison.Ordinal));
}
