using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The Roslyn syntax tree of a C# file, parsed at most once per document and shared by every C# probe. Only
/// syntax: the target is never compiled, restored or built.
/// </summary>
public static class CsSyntax
{
    private static readonly ConditionalWeakTable<SourceDocument, Lazy<SyntaxTree>> Trees = [];

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);

    public static SyntaxTree Tree(SourceDocument doc) =>
        Trees.GetValue(doc, d => new Lazy<SyntaxTree>(() => CSharpSyntaxTree.ParseText(d.Content, Options, d.Path))).Value;

    public static SyntaxNode Root(SourceDocument doc) => Tree(doc).GetRoot();
}
