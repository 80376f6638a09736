namespace Scanner.Core.Parsing.Nginx;

/// <summary>A file of a configuration that could not be read, with the line where reading stopped.</summary>
public sealed record NginxProblem(string Path, int Line, string Message);
