namespace Scanner.Probes.JavaScript;

/// <summary>What keeps a stack trace out of production responses (<see cref="StackGuard"/>).</summary>
public enum StackGuardKind
{
    None,
    Development,
    Unreadable,
}
