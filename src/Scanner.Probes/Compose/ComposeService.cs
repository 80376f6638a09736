using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Compose;

/// <summary>One service of a compose file: its name, the line of its key, its definition, and whether it only runs once.</summary>
public sealed record ComposeService(SourceDocument Doc, string Name, int Line, YamlNode Node, bool IsOneShot)
{
    public string Image => Node["image"]?.Text ?? "";

    /// <summary>The image's repository name without registry, namespace or tag ("postgres" for docker.io/library/postgres:16).</summary>
    public string ImageName
    {
        get
        {
            var image = Image.Split('@')[0];
            var name = image[(image.LastIndexOf('/') + 1)..];
            return name.Split(':')[0].ToLowerInvariant();
        }
    }

    public YamlEntry? Entry(string key) => Node.Entry(key);
}
