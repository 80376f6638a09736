using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// One method call in the app's code: the file, the invocation and the called name (<c>UseHsts</c>,
/// <c>UseMiddleware</c>); Offset is where the name sits, for findings.
/// </summary>
public sealed record CsCall(SourceDocument Doc, InvocationExpressionSyntax Node, string Name)
{
    public int Offset => CsNames.NameToken(Node)?.SpanStart ?? Node.SpanStart;
}
