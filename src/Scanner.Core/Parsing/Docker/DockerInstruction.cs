namespace Scanner.Core.Parsing.Docker;

/// <summary>One instruction with continuations joined; Line is where it starts, EndLine where it ends.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Line, int EndLine);
