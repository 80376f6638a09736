using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The app checks what the caller may do, not only who it is: authorization policies added at startup
/// (<c>AddPolicy</c>, <c>RequireRole</c>, <c>RequireClaim</c>, <c>RequireAuthorization("Policy")</c>) or
/// <c>[Authorize(Roles = ...)]</c> / <c>[Authorize(Policy = ...)]</c> on controllers and actions. Policies defined in a
/// method startup never calls fail as not wired in; none found is left undecided (an app with one kind of user needs
/// none).
/// </summary>
public sealed partial class CsRolesChecked : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var calls = app.Anywhere("AddPolicy", "RequireRole", "RequireClaim")
            .Concat(app.Anywhere("RequireAuthorization").Where(c => c.Node.ArgumentList.Arguments.Count > 0)).ToList();
        var attributes = app.WebFiles.SelectMany(d => AuthorizeAttribute().Matches(d.Content).Where(m => d.Regions.KindAt(m.Index) == RegionKind.Code)
            .Select(m => context.Pass(d, m.Index, $"role or policy required on an endpoint ({m.Value.Trim('[')})"))).ToList();
        if (calls.Count == 0)
        {
            return attributes.Count > 0 ? attributes
                : [context.Inconclusive("no authorization policy or role requirement was found (an app with one kind of user needs none)")];
        }

        var judged = CsVerdict.Capability(context, app, calls, "authorization policy", "");
        return judged.Exists(f => f.Outcome == Outcome.Pass) || attributes.Count == 0 ? judged : attributes;
    }

    [GeneratedRegex(@"\[\s*Authorize\s*\(\s*(?:Roles|Policy)\s*=", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AuthorizeAttributeCompiled();

    private static Regex AuthorizeAttribute() => LinearRegex.Pick(AuthorizeAttributeCompiled());
}
