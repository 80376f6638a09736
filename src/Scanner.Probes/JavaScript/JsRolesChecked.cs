using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Server code checks what the caller may do, not only who it is: role or permission middleware
/// (<c>requireRole('admin')</c>, <c>authorize('admin')</c>, <c>requireAdmin</c>), Nest's <c>@Roles()</c>, CASL's
/// <c>ability.can()</c>, and comparisons of a user's role or admin flag, in wired-in server code (servers, Next.js route
/// handlers and middleware, serverless functions). A check only in code nothing runs fails as not wired in; none found
/// is left undecided (an app with one kind of user needs none).
/// </summary>
public sealed partial class JsRolesChecked : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        if (JsServers.NoHandlers(context, graph, servers) is { } none)
        {
            return [none];
        }

        // A check in a component only hides a button: JSX files and "use client" modules are the browser's, not the server's.
        var evidence = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path) && !JsCode.IsBrowserCode(d))
            .SelectMany(d => JsCode.Matches(d, Check(), "").Select(m => new JsEvidence(d, m.Index, $"role or permission check ({Snippet.Of(m.Value, 50)})")))
            .ToList();
        var judged = Wiring.Judge(context, graph, evidence, "role or permission check");
        return judged.Count > 0
            ? judged
            : [context.Inconclusive("no role or permission check was found in server code (an app with one kind of user needs none; a check written another way is not recognised)")];
    }

    // requireRole('admin'), authorize(['admin']), @Roles('admin'), ability.can('update', order),
    // user.role === 'admin', session.user.roles.includes('editor'), if (!user.isAdmin).
    [GeneratedRegex(
        @"\b(?:requireRoles?|requireAdmin|requirePermissions?|checkRoles?|checkPermissions?|hasRole|hasPermission|authorizeRoles?|restrictTo|permit)\s*\(\s*['""\[]" +
        @"|\bauthorize\s*\(\s*(?:\[\s*)?['""](?:admin|user|editor|manager|owner|staff|moderator)" +
        @"|@Roles\s*\(|\bability\s*\.\s*(?:can|cannot)\s*\(" +
        @"|\.role\s*(?:===|!==|==|!=)\s*['""]\w+['""]|['""]\w+['""]\s*(?:===|!==)\s*[\w$.?]*\.role\b" +
        @"|\.roles\s*\??\.\s*(?:includes|some|indexOf)\s*\(|\.(?:isAdmin|is_admin|isSuperuser|isStaff)\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CheckCompiled();

    private static Regex Check() => LinearRegex.Pick(CheckCompiled());
}
