using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.Text;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Repeated failed sign-ins lock the account: ASP.NET Identity's <c>PasswordSignInAsync</c> or
/// <c>CheckPasswordSignInAsync</c> with <c>lockoutOnFailure: true</c>, or <c>AccessFailedAsync</c> counted by hand, with
/// <c>Lockout.MaxFailedAccessAttempts</c> put in the evidence when set. Sign-in calls that all pass
/// <c>lockoutOnFailure: false</c>, or a bare <c>CheckPasswordAsync</c> with no failure counted, fail; no local
/// password sign-in is not applicable.
/// </summary>
public sealed class CsAccountLockout : IProbe
{
    private static readonly string[] LockoutWords = ["Lockout", "FailedAttempt", "FailedLogin", "LoginAttempt", "BruteForce"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var limit = app.WebFiles.Select(d => AssignedNumber.Of(d.Content, "MaxFailedAccessAttempts", colonAssigns: false)).FirstOrDefault(n => n is not null);
        var stated = limit is null ? "" : $"; Lockout.MaxFailedAccessAttempts = {limit}";
        var signIns = app.Anywhere("PasswordSignInAsync", "CheckPasswordSignInAsync").Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        var counted = app.Anywhere("AccessFailedAsync").Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        var locking = signIns.Where(c => LockoutArgument(c.Node) == "true").Concat(counted).ToList();
        if (locking.Count > 0)
        {
            return [.. locking.Select(c => context.Pass(c.Doc, c.Offset, $"failed sign-ins lock the account ({c.Name}() in {CsVerdict.Where(c.Node)}{(c.Name == "AccessFailedAsync" ? "" : ", lockoutOnFailure: true")}{stated})"))];
        }

        var off = signIns.Where(c => LockoutArgument(c.Node) == "false").ToList();
        if (off.Count > 0 && off.Count == signIns.Count)
        {
            return [.. off.Select(c => context.Fail(c.Doc, c.Offset, $"{c.Name}() passes lockoutOnFailure: false, so failed sign-ins never count towards a lockout{stated}"))];
        }

        if (signIns.Count > 0)
        {
            return [context.AtOffset(Outcome.Inconclusive, signIns[0].Doc, signIns[0].Offset, $"{signIns[0].Name}() takes its lockoutOnFailure from a variable this probe cannot follow")];
        }

        var checks = app.Anywhere("CheckPasswordAsync").Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        if (checks.Count > 0 && CsWords.First(app.WebFiles, LockoutWords) is ({ } doc, var at))
        {
            return [context.AtOffset(Outcome.Inconclusive, doc, at, "code names lockout or failed attempts, but no lockout-enabled sign-in or AccessFailedAsync() was recognised")];
        }

        return checks.Count > 0
            ? [.. checks.Take(3).Select(c => context.Fail(c.Doc, c.Offset, $"passwords are checked with CheckPasswordAsync() in {CsVerdict.Where(c.Node)}, which counts no failures, and no AccessFailedAsync() or lockout-enabled sign-in exists (searched {app.WebFiles.Count} C# file(s) of the web app)"))]
            : [context.NotApplicable("the app has no local password sign-in with ASP.NET Identity (no PasswordSignInAsync, CheckPasswordSignInAsync or CheckPasswordAsync)")];
    }

    /// <summary>The lockoutOnFailure argument's text: named, or the last positional argument (4th of PasswordSignInAsync, 3rd of CheckPasswordSignInAsync).</summary>
    private static string? LockoutArgument(InvocationExpressionSyntax call)
    {
        var args = call.ArgumentList.Arguments;
        var named = args.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "lockoutOnFailure");
        if (named is not null)
        {
            return named.Expression.ToString();
        }

        return args.Count >= 3 && args[^1].NameColon is null ? args[^1].Expression.ToString() : null;
    }
}
