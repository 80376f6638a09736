using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The wiring rule for ASP.NET Core: a registration counts only when it is reachable from Program.cs / Startup;
/// found only in a method nothing calls, it is "present but not wired in" and fails.
/// </summary>
public static class CsVerdict
{
    public static Finding NotAWebApp(ProbeContext context) =>
        context.NotApplicable("no ASP.NET Core web app (no Microsoft.NET.Sdk.Web project, no WebApplication.CreateBuilder)");

    /// <summary>Why the app cannot be judged (no ASP.NET Core web app, or no entry to start from), or null when it can.</summary>
    public static Finding? Unjudgeable(ProbeContext context, CsApp app) =>
        !app.IsWebApp ? NotAWebApp(context) : !app.HasEntries ? NoEntry(context) : null;

    public static Finding NoEntry(ProbeContext context) =>
        context.Inconclusive("ASP.NET Core project found, but no Program.cs top-level statements, Main or Startup to start from");

    /// <summary>Pass at each reachable call; else "present but not wired in" at each unreachable one; else <paramref name="missing"/>.</summary>
    public static List<Finding> Capability(ProbeContext context, CsApp app, IReadOnlyList<CsCall> calls, string what, string missing)
    {
        var reachable = calls.Where(app.IsReachable).ToList();
        if (reachable.Count > 0)
        {
            return [.. reachable.Select(c => context.Pass(c.Doc, c.Offset, $"{what}: {c.Name}() runs at startup"))];
        }

        return calls.Count > 0
            ? [.. calls.Select(c => NotWiredIn(context, c, what))]
            : [context.Missing(missing)];
    }

    public static Finding NotWiredIn(ProbeContext context, CsCall call, string what) =>
        context.Fail(call.Doc, call.Offset, $"{what}: {call.Name}() is present but not wired in ({Where(call.Node)} is never called from Program.cs or Startup)");

    /// <summary>"AddSecurity in Extensions.cs": the method or local function that holds a node.</summary>
    public static string Where(SyntaxNode node)
    {
        var method = node.Ancestors().FirstOrDefault(a => a is MethodDeclarationSyntax or LocalFunctionStatementSyntax);
        var name = method switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText,
            LocalFunctionStatementSyntax l => l.Identifier.ValueText,
            _ => "the code around it",
        };
        return $"{name} in {CsPaths.FileName(node.SyntaxTree.FilePath)}";
    }
}
