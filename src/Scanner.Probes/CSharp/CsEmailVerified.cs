using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// E-mail addresses are confirmed with ASP.NET Identity: a confirmation token generated
/// (<c>GenerateEmailConfirmationTokenAsync</c>) and redeemed (<c>ConfirmEmailAsync</c>) in the web app's code, or sign-in
/// options that require a confirmed account. Accounts created with <c>UserManager.CreateAsync</c> and neither fail
/// (closed world); one half alone, or code that names confirmation otherwise, is undecided; an app that creates no
/// accounts is not applicable.
/// </summary>
public sealed class CsEmailVerified : IProbe
{
    private static readonly string[] ConfirmWords = ["ConfirmEmail", "EmailConfirm", "ConfirmedAccount", "ConfirmedEmail"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var generate = app.Anywhere("GenerateEmailConfirmationTokenAsync", "GenerateChangeEmailTokenAsync").Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        var redeem = app.Anywhere("ConfirmEmailAsync", "ChangeEmailAsync").Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        if (generate.Count > 0 && redeem.Count > 0)
        {
            return [.. redeem.Select(c => context.Pass(c.Doc, c.Offset, $"e-mail confirmed: {c.Name}() in {CsVerdict.Where(c.Node)}, token from {generate[0].Name}() in {CsVerdict.Where(generate[0].Node)}"))];
        }

        var required = app.WebFiles.SelectMany(d => CsWords.InCode(d, "RequireConfirmedAccount").Concat(CsWords.InCode(d, "RequireConfirmedEmail"))
            .Where(i => Assigned(d.Content, i)).Select(i => context.Pass(d, i, "sign-in requires a confirmed e-mail (Identity's confirmation flow)"))).ToList();
        if (required.Count > 0)
        {
            return required;
        }

        if (generate.Concat(redeem).FirstOrDefault() is { } half)
        {
            return [context.AtOffset(Outcome.Inconclusive, half.Doc, half.Offset, $"{half.Name}() is one half of e-mail confirmation; the other half was not found")];
        }

        var creates = app.Anywhere("CreateAsync").Where(c => c.Node.Expression.ToString().Contains("userManager", StringComparison.OrdinalIgnoreCase)).ToList();
        if (creates.Count == 0)
        {
            return [context.NotApplicable("the app creates no accounts with ASP.NET Identity's UserManager")];
        }

        return CsWords.First(app.WebFiles, ConfirmWords) is ({ } doc, var at)
            ? [context.AtOffset(Outcome.Inconclusive, doc, at, "code names e-mail confirmation, but no token generated and redeemed was found")]
            : [.. creates.Take(3).Select(c => context.Fail(c.Doc, c.Offset,
                $"accounts are created ({c.Node.Expression}() in {CsVerdict.Where(c.Node)}) and no e-mail confirmation token is generated or redeemed anywhere (searched {app.WebFiles.Count} C# file(s) of the web app)"))];
    }

    // options.SignIn.RequireConfirmedAccount = true (with any spacing), not = false.
    private static bool Assigned(string content, int at)
    {
        var rest = content.AsSpan(at, Math.Min(80, content.Length - at));
        var eq = rest.IndexOf('=');
        return eq > 0 && rest[(eq + 1)..].TrimStart().StartsWith("true", StringComparison.Ordinal);
    }
}
