namespace Scanner.Core.Parsing.Nginx;

/// <summary>
/// One nginx directive (<c>name args;</c>) or block (<c>name args { ... }</c>) with the file and 1-based line it
/// was written on. After include resolution a block may hold directives from other files; each keeps its own path.
/// </summary>
public sealed record NginxDirective(string Name, IReadOnlyList<string> Args, string Path, int Line, IReadOnlyList<NginxDirective>? Block = null)
{
    public bool IsBlock => Block is not null;

    public IReadOnlyList<NginxDirective> Children => Block ?? [];

    public string Arg(int index) => index < Args.Count ? Args[index] : "";

    public IEnumerable<NginxDirective> All(string name) => Children.Where(d => d.Name == name);

    public NginxDirective? Last(string name) => Children.LastOrDefault(d => d.Name == name);

    /// <summary>This directive and everything inside it, depth first in file order.</summary>
    public IEnumerable<NginxDirective> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var d in child.DescendantsAndSelf())
            {
                yield return d;
            }
        }
    }

    public override string ToString() => Args.Count == 0 ? Name : $"{Name} {string.Join(' ', Args)}";
}
