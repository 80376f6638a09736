namespace Scanner.Core.Text;

public readonly record struct Region(int Start, int Length, RegionKind Kind)
{
    public int End => Start + Length;
}
