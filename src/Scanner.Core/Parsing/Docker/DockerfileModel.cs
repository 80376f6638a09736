namespace Scanner.Core.Parsing.Docker;

/// <summary>
/// A parsed Dockerfile: parser directives (<c># syntax=</c>, <c># escape=</c>, <c># check=</c>, keys lower-cased),
/// global ARGs (before the first FROM) and the stages in order.
/// </summary>
public sealed record DockerfileModel(IReadOnlyList<DockerInstruction> GlobalArgs, IReadOnlyList<DockerStage> Stages)
{
    public IReadOnlyDictionary<string, string> Directives { get; init; } = new Dictionary<string, string>();

    public DockerStage? FinalStage => Stages.Count > 0 ? Stages[^1] : null;

    public DockerStage? FindStage(string nameOrIndex) =>
        Stages.FirstOrDefault(s => string.Equals(s.Name, nameOrIndex, StringComparison.OrdinalIgnoreCase))
        ?? (int.TryParse(nameOrIndex, out var i) && i >= 0 && i < Stages.Count ? Stages[i] : null);

    /// <summary>The earlier stage a stage builds on (<c>FROM build</c>), or null when its base is an image.</summary>
    public DockerStage? ParentOf(DockerStage stage) =>
        Stages.Take(stage.Index).LastOrDefault(s => string.Equals(s.Name, stage.Base, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stage and the earlier stages it builds on, nearest first (bounded against cycles).</summary>
    public IReadOnlyList<DockerStage> Chain(DockerStage stage)
    {
        var chain = new List<DockerStage> { stage };
        for (var parent = ParentOf(stage); parent is not null && chain.Count < Stages.Count; parent = ParentOf(parent))
        {
            chain.Add(parent);
        }

        return chain;
    }

    /// <summary>True when a base name is an earlier stage of this file rather than an image.</summary>
    public bool IsStageName(string name, int beforeIndex) =>
        Stages.Take(beforeIndex).Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
