using Scanner.Core.Model;

namespace Scanner.Core.Rules;

/// <summary>A loaded, validated card: what the probe is (<see cref="Info"/>) and exactly one way to run it.</summary>
public sealed record ProbeCard(
    ProbeInfo Info,
    string Source,
    bool Disabled,
    FileFilter Files,
    PatternRule? Forbid,
    PatternRule? Require,
    string? Code)
{
    public string Id => Info.Id;
}
