namespace Scanner.Core.Parsing.Nginx;

/// <summary>One parsed nginx file: its top-level directives, or the first syntax error and its line.</summary>
public sealed record NginxFile(string Path, IReadOnlyList<NginxDirective> Directives, string? Error = null, int ErrorLine = 0)
{
    public bool IsValid => Error is null;
}
