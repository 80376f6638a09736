namespace Scanner.Checklist.Claims;

/// <summary>
/// How much of the claimed scope a line asks for (TRUTH.md §3): one wired instance, or no contradiction anywhere.
/// </summary>
public enum Quantifier
{
    /// <summary>"X enabled / added / implemented": one wired instance meets it; gaps elsewhere do not refute it.</summary>
    Existence,

    /// <summary>"All / every / no / removed / never": any contradicting fact in scope refutes it.</summary>
    Universal,
}
