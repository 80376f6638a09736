using System.Runtime.CompilerServices;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Parsing.Nginx;

/// <summary>Each nginx file parsed once per scan and shared by every probe that reads it.</summary>
public static class NginxDocuments
{
    private static readonly ConditionalWeakTable<SourceDocument, NginxFile> Cache = [];

    public static NginxFile Get(SourceDocument doc) => Cache.GetValue(doc, d => NginxParser.Parse(d.Path, d.Text));
}
