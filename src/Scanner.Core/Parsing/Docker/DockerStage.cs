namespace Scanner.Core.Parsing.Docker;

/// <summary>A build stage: from its FROM to the next; Base is the image or the name of an earlier stage.</summary>
public sealed record DockerStage(int Index, string Base, string? Name, int Line, IReadOnlyList<DockerInstruction> Instructions);
