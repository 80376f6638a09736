using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Sessions have a bounded lifetime and a way to end them: cookie authentication's <c>ExpireTimeSpan</c> (or
/// <c>SlidingExpiration</c>), the session middleware's <c>IdleTimeout</c>, Identity's <c>ConfigureApplicationCookie</c>
/// with either; and <c>SignOutAsync</c> or <c>Session.Clear()</c> in the web app's code. With one half only it is
/// undecided and says which half is missing; cookie or session middleware with neither fails (closed world); no
/// sessions are not applicable.
/// </summary>
public sealed class CsSessionsExpireAndEnd : IProbe
{
    private static readonly string[] LifetimeWords = ["ExpireTimeSpan", "IdleTimeout", "SlidingExpiration"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var issued = app.Reached("AddCookie", "AddSession", "AddIdentity", "AddDefaultIdentity", "ConfigureApplicationCookie");
        if (issued.Count == 0)
        {
            return [context.NotApplicable("no cookie authentication, session middleware or ASP.NET Identity is registered at startup")];
        }

        var lifetime = CsWords.First(app.WebFiles, LifetimeWords);
        var end = app.Anywhere("SignOutAsync", "Clear").Where(c => c.Name == "SignOutAsync" || c.Node.Expression.ToString().EndsWith("Session.Clear", StringComparison.Ordinal)).FirstOrDefault();
        if (lifetime is ({ } doc, var at) && end is not null)
        {
            return [context.Pass(doc, at, $"session lifetime set, and sessions can be ended ({end.Name}() in {CsVerdict.Where(end.Node)})")];
        }

        if (lifetime is ({ } lifeDoc, var lifeAt))
        {
            return [context.AtOffset(Outcome.Inconclusive, lifeDoc, lifeAt, "session lifetime set, but no SignOutAsync() or Session.Clear() was found: only one half of session management is in the code")];
        }

        if (end is not null)
        {
            return [context.AtOffset(Outcome.Inconclusive, end.Doc, end.Offset, $"sessions can be ended ({end.Name}()), but no ExpireTimeSpan, SlidingExpiration or IdleTimeout was found (the framework's 14-day cookie default applies): only one half is in the code")];
        }

        return [.. issued.Take(1).Select(c => context.Fail(c.Doc, c.Offset,
            $"{c.Name}() issues sessions with no ExpireTimeSpan, SlidingExpiration or IdleTimeout and nothing calls SignOutAsync() or Session.Clear() (searched {app.WebFiles.Count} C# file(s) of the web app)"))];
    }
}
