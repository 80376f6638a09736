namespace Scanner.Core.Parsing.Docker;

/// <summary>
/// One instruction with continuations joined; Line is where it starts, EndLine where it ends (heredoc bodies
/// included). <see cref="Heredoc"/> holds the bodies of <c>&lt;&lt;EOF</c> heredocs, which for RUN are script.
/// </summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line, int EndLine)
{
    public string? Heredoc { get; init; }

    /// <summary>Leading <c>--name=value</c> flags (<c>--from</c>, <c>--chown</c>, <c>--mount</c>...), names lower-cased.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Flags => DockerWords.Flags(Arguments).Flags;

    /// <summary>The arguments after the leading flags.</summary>
    public string Body => DockerWords.Flags(Arguments).Remainder;

    /// <summary>What a RUN executes: the command line and any heredoc script.</summary>
    public string Script => Heredoc is null ? Body : $"{Body}\n{Heredoc}";

    public string? Flag(string name)
    {
        string? value = null;
        foreach (var (key, v) in Flags)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
            }
        }

        return value;
    }
}
