using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Views check what the caller may do, not only who it is: role or permission decorators (Flask-Security's
/// roles_required, Django's permission_required / staff_member_required / user_passes_test, a team's own
/// require_admin or role_required), DRF permission classes beyond IsAuthenticated, FastAPI dependencies on an admin or
/// role, and checks of a user's role, is_admin, is_staff or permissions, in code the app entry reaches. Checks only in
/// modules nothing imports fail as not wired in; none found is left undecided (an app with one kind of user needs none).
/// </summary>
public sealed partial class PyRolesChecked : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path))
            .SelectMany(d => PyCode.MatchesOutsideComments(d, Check(), "").Where(m => d.Regions.KindAt(m.Index) == RegionKind.Code)
                .Select(m => new PyHit(d, m.Index, $"role or permission check ({Snippet.Of(m.Value, 50)})")))
            .ToList();
        return hits.Count > 0
            ? PyVerdict.Capability(context, graph, hits, "")
            : [context.Inconclusive("no role or permission check was found (an app with one kind of user needs none; a check written another way is not recognised)")];
    }

    [GeneratedRegex(
        @"@(?:\w+\.)?(?:roles_required|roles_accepted|permission_required|permissions_required|staff_member_required|superuser_required|admin_required|require_admin|requires_admin|admin_only|require_role|requires_role|role_required|require_permission|requires_permission|has_role|has_permission)\b" +
        @"|\buser_passes_test[ \t]*\(|\bpermission_classes[ \t]*=[ \t]*[\[(][^\]\)\n]{0,120}\b(?:IsAdminUser|DjangoModelPermissions\w*|DjangoObjectPermissions|Is[A-Z]\w*(?:Owner|Admin|Staff|Role|Member)\w*)\b" +
        @"|\bDepends[ \t]*\([ \t]*\w*(?:admin|role|permission|superuser)\w*[ \t]*\)" +
        @"|\b(?:current_user|request\.user|g\.user|user)\.(?:is_admin|is_staff|is_superuser|role|roles|has_perm|has_perms|has_permission|has_role)\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CheckCompiled();

    private static Regex Check() => LinearRegex.Pick(CheckCompiled());
}
