using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Where a file decides a response's caching headers: <c>[ResponseCache]</c> on a controller, action or page, a
/// Cache-Control / ETag / Expires / Last-Modified header written by name (<c>Headers["ETag"]</c>,
/// <c>HeaderNames.CacheControl</c>), a typed header assigned (<c>Response.Headers.CacheControl = ...</c>,
/// <c>GetTypedHeaders().ETag = ...</c>) or a <c>CacheControlHeaderValue</c> / <c>EntityTagHeaderValue</c> built.
/// Statements about the request (its If-None-Match, an HttpClient's request headers) are not responses.
/// </summary>
internal static class CsCacheHeaderSettings
{
    private static readonly string[] Keywords = ["ResponseCache", "Cache-Control", "CacheControl", "ETag", "Expires", "Last-Modified", "LastModified"];

    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cache-Control"] = "Cache-Control", ["CacheControl"] = "Cache-Control", ["ETag"] = "ETag",
        ["Expires"] = "Expires", ["Last-Modified"] = "Last-Modified", ["LastModified"] = "Last-Modified",
    };

    private static readonly HashSet<string> HeaderValues = new(StringComparer.Ordinal) { "CacheControlHeaderValue", "EntityTagHeaderValue" };

    /// <summary>Where the file sets a caching header, and which; the first place of each kind.</summary>
    public static IReadOnlyList<(int At, string What)> In(SourceDocument doc)
    {
        if (!Keywords.Any(k => doc.Content.Contains(k, StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var found = new List<(int, string)>();
        foreach (var node in CsSyntax.Root(doc).DescendantNodes())
        {
            var what = node switch
            {
                AttributeSyntax a when a.Name.ToString() is "ResponseCache" or "ResponseCacheAttribute" => "[ResponseCache]",
                LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) && ByName.TryGetValue(l.Token.ValueText, out var h) && OnResponse(l) => h,
                MemberAccessExpressionSyntax m when m.Expression.ToString() == "HeaderNames" && ByName.TryGetValue(m.Name.Identifier.ValueText, out var h) && OnResponse(m) => h,
                MemberAccessExpressionSyntax m when IsTypedHeaderAssignment(m) && OnResponse(m) => ByName[m.Name.Identifier.ValueText],
                ObjectCreationExpressionSyntax o when HeaderValues.Contains(o.Type.ToString().Split('.')[^1]) && OnResponse(o) => o.Type.ToString().Split('.')[^1],
                _ => null,
            };
            if (what is not null)
            {
                found.Add((node.SpanStart, what));
            }
        }

        return [.. found.DistinctBy(f => f.Item2)];
    }

    private static bool IsTypedHeaderAssignment(MemberAccessExpressionSyntax member) =>
        ByName.ContainsKey(member.Name.Identifier.ValueText)
        && member.Parent is AssignmentExpressionSyntax a && a.Left == member
        && member.Expression.ToString().Contains("header", StringComparison.OrdinalIgnoreCase);

    /// <summary>The statement around the node is about a response's headers, not a request's.</summary>
    private static bool OnResponse(SyntaxNode node)
    {
        var statement = node.AncestorsAndSelf().FirstOrDefault(a => a is StatementSyntax or MemberDeclarationSyntax)?.ToString() ?? "";
        var aboutRequest = statement.Contains("Request", StringComparison.Ordinal) && !statement.Contains("Response", StringComparison.Ordinal);
        return !aboutRequest && statement.Contains("header", StringComparison.OrdinalIgnoreCase);
    }
}
