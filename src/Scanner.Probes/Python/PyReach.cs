namespace Scanner.Probes.Python;

/// <summary>Whether a module runs: imported (transitively) from an app entry, not, or unknown when no entry was found.</summary>
public enum PyReach
{
    Unknown,
    Reachable,
    Unreachable,
}
