using System.Runtime.CompilerServices;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Parsing.Docker;

/// <summary>Each Dockerfile parsed once per scan and shared by every probe that reads it.</summary>
public static class DockerfileDocuments
{
    private static readonly ConditionalWeakTable<SourceDocument, DockerfileModel> Cache = [];

    public static DockerfileModel Get(SourceDocument doc) => Cache.GetValue(doc, d => DockerfileParser.Parse(d.Text));
}
