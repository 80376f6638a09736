namespace Scanner.Core.Parsing.Docker;

/// <summary>
/// A build stage: from its FROM to the next. Base is the image (or an earlier stage's name) as written, variables
/// unexpanded; <see cref="From"/> is the FROM instruction itself (flags such as <c>--platform</c>).
/// </summary>
public sealed record DockerStage(int Index, string Base, string? Name, int Line, IReadOnlyList<DockerInstruction> Instructions)
{
    public DockerInstruction? From { get; init; }

    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public DockerInstruction? Last(string keyword) => Instructions.LastOrDefault(i => i.Keyword == keyword);
}
