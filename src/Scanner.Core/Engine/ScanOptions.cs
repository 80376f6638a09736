namespace Scanner.Core.Engine;

public sealed record ScanOptions
{
    /// <summary>Run only these probe ids; null runs every enabled card.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    public string ToolVersion { get; init; } = "0.0.0";

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
