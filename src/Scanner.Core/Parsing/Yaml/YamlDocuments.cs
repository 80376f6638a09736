using System.Runtime.CompilerServices;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Parsing.Yaml;

/// <summary>Each document parsed once per scan and shared by every probe that reads it.</summary>
public static class YamlDocuments
{
    private static readonly ConditionalWeakTable<SourceDocument, YamlFile> Cache = [];

    public static YamlFile Get(SourceDocument doc) => Cache.GetValue(doc, d => YamlParser.Parse(d.Content));
}
