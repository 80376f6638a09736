namespace Scanner.Cli;

/// <summary>Everything a scan needs from the command line, parsed and validated.</summary>
internal sealed record ScanSettings(
    string Target,
    string? Rules,
    string? Only,
    long MaxFileSize,
    IReadOnlyList<string> Checklists,
    bool NoChecklist)
{
    /// <summary>A built image to inspect through the Docker engine (<c>--image</c>), or null.</summary>
    public string? Image { get; init; }
}
