using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Whether code in a file runs: code in an entry file runs as the app starts; elsewhere a pipeline call must name
/// one of the file's classes or static methods (<c>app.UseMiddleware&lt;EtagMiddleware&gt;()</c>, <c>app.MapOrders()</c>).
/// </summary>
internal static class CsDeclared
{
    /// <summary>The pipeline call that reaches the file's code, or null when nothing Program.cs or Startup calls does.</summary>
    public static CsCall? WiredBy(CsApp app, SourceDocument doc)
    {
        if (app.EntryFiles.Contains(doc.Path))
        {
            return app.Pipeline.FirstOrDefault(c => c.Doc.Path == doc.Path);
        }

        var declared = Names(doc);
        return app.Pipeline.FirstOrDefault(c => declared.Contains(c.Name) || declared.Any(d => c.Node.ToString().Contains(d, StringComparison.Ordinal)));
    }

    /// <summary>The classes and static methods a file declares: a pipeline call that names one reaches the file's code.</summary>
    public static HashSet<string> Names(SourceDocument doc)
    {
        var root = CsSyntax.Root(doc);
        return
        [
            .. root.DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => c.Identifier.ValueText),
            .. root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Modifiers.Any(SyntaxKind.StaticKeyword)).Select(m => m.Identifier.ValueText),
        ];
    }
}
