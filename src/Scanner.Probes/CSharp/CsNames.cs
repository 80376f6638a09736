using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Scanner.Probes.CSharp;

/// <summary>Small syntax questions shared by the C# probes: names of calls, generic arguments, guarding ifs.</summary>
public static class CsNames
{
    public static SyntaxToken? NameToken(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier,
        MemberBindingExpressionSyntax b => b.Name.Identifier,
        SimpleNameSyntax s => s.Identifier,
        _ => null,
    };

    public static string Name(InvocationExpressionSyntax call) => NameToken(call)?.ValueText ?? "";

    /// <summary>The receiver text of <c>x.Name(...)</c> (<c>Console</c>, <c>app</c>), "" when there is none.</summary>
    public static string Receiver(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax m ? m.Expression.ToString() : "";

    /// <summary>The type arguments of <c>UseMiddleware&lt;T&gt;()</c>, or of <c>UseMiddleware(typeof(T))</c>.</summary>
    public static IEnumerable<string> TypeArguments(InvocationExpressionSyntax call)
    {
        var name = call.Expression switch
        {
            MemberAccessExpressionSyntax m => m.Name,
            SimpleNameSyntax s => s,
            _ => null,
        };
        if (name is GenericNameSyntax generic)
        {
            foreach (var t in generic.TypeArgumentList.Arguments)
            {
                yield return Simple(t.ToString());
            }
        }

        foreach (var arg in call.ArgumentList.Arguments)
        {
            if (arg.Expression is TypeOfExpressionSyntax typeOf)
            {
                yield return Simple(typeOf.Type.ToString());
            }
        }
    }

    /// <summary>True inside the true branch of an <c>if</c> whose condition asks <c>IsDevelopment()</c> (not negated).</summary>
    public static bool InsideDevelopmentCheck(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            if (parent is IfStatementSyntax ifs && ifs.Statement == child && AsksDevelopment(ifs.Condition, negated: false))
            {
                return true;
            }

            if (parent is ElseClauseSyntax && parent.Parent is IfStatementSyntax outer && AsksDevelopment(outer.Condition, negated: true))
            {
                return true;
            }

            if (parent is ConditionalExpressionSyntax c && c.WhenTrue == child && AsksDevelopment(c.Condition, negated: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AsksDevelopment(ExpressionSyntax condition, bool negated)
    {
        var text = condition.ToString();
        var asks = text.Contains("IsDevelopment()", StringComparison.Ordinal) || text.Contains("\"Development\"", StringComparison.Ordinal);
        var isNegated = condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression };
        return asks && isNegated == negated && !text.Contains("||", StringComparison.Ordinal);
    }

    private static string Simple(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        var bare = generic < 0 ? type : type[..generic];
        return bare[(bare.LastIndexOf('.') + 1)..];
    }
}
