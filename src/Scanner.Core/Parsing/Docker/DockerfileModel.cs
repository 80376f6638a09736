namespace Scanner.Core.Parsing.Docker;

/// <summary>A parsed Dockerfile: global ARGs (before the first FROM) and the stages in order.</summary>
public sealed record DockerfileModel(IReadOnlyList<DockerInstruction> GlobalArgs, IReadOnlyList<DockerStage> Stages)
{
    public DockerStage? FinalStage => Stages.Count > 0 ? Stages[^1] : null;

    public DockerStage? FindStage(string nameOrIndex) =>
        Stages.FirstOrDefault(s => string.Equals(s.Name, nameOrIndex, StringComparison.OrdinalIgnoreCase))
        ?? (int.TryParse(nameOrIndex, out var i) && i >= 0 && i < Stages.Count ? Stages[i] : null);
}
