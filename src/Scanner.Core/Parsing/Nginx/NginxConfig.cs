namespace Scanner.Core.Parsing.Nginx;

/// <summary>
/// One nginx configuration as the server would load it: a root file with its <c>include</c>s that resolve inside
/// the repository spliced in place (each directive keeps its own file and line), the files it spans, problems
/// found while reading them, and the includes that point outside the repository (mime.types, system snippets).
/// </summary>
public sealed record NginxConfig(
    string RootPath,
    IReadOnlyList<NginxDirective> Directives,
    IReadOnlyList<string> Files,
    IReadOnlyList<NginxProblem> Problems,
    IReadOnlyList<string> Unresolved)
{
    public IEnumerable<NginxDirective> All => Directives.SelectMany(d => d.DescendantsAndSelf());

    /// <summary>The <c>server</c> blocks, wherever they sit (inside <c>http</c>, or a top-level conf.d snippet).</summary>
    public IEnumerable<NginxDirective> Servers => All.Where(d => d.Name == "server" && d.IsBlock);

    /// <summary>The <c>http</c> block, or null for a snippet that holds only server blocks.</summary>
    public NginxDirective? Http => Directives.FirstOrDefault(d => d.Name == "http" && d.IsBlock);
}
