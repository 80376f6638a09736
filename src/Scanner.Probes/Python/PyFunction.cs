namespace Scanner.Probes.Python;

/// <summary>
/// One function definition: its name, the offset of <c>def</c>, and the span from its first decorator to the end of
/// its body, so a probe can ask whether something happens in the same function.
/// </summary>
public sealed record PyFunction(string Name, int DefOffset, int Start, int End)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}
