using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Views check who is asking, in a module reachable from the app entry: an auth decorator (<c>@login_required</c>,
/// <c>@jwt_required()</c>, <c>@token_required</c> ...), Django's LoginRequiredMixin or LoginRequiredMiddleware, DRF
/// IsAuthenticated permission classes, a FastAPI auth dependency, or a token or login state checked by hand
/// (<c>jwt.decode</c>, <c>current_user.is_authenticated</c>). An app with users and no check fails; with no sign of
/// users it is left undecided, since a public app needs none.
/// </summary>
public sealed partial class PyAuthenticationWired : IProbe
{
    // Every shape of a check holds one of these (a decorator its @): only the lines holding one are searched.
    private static readonly SearchValues<string> CheckWords = SearchValues.Create(
        ["@", "Mixin", "Middleware", "permission_classes", "Depends", "Security", "verify_jwt_in_request", "jwt.decode", "is_authenticated"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)).ToList();
        var hits = docs.SelectMany(d => PyCode.MatchesOnLinesWith(d, Check(), CheckWords).Select(m => new PyHit(d, m.Index, $"who is asking is checked ({Snippet.Of(m.Value, 80)})"))
            .Concat(PyCode.MatchesOutsideComments(d, DrfDefault(), "DEFAULT_PERMISSION_CLASSES").Select(m => new PyHit(d, m.Index, "DRF requires authentication by default (DEFAULT_PERMISSION_CLASSES)")))
            .DistinctBy(h => h.Offset)).ToList();
        if (hits.Count > 0)
        {
            return PyVerdict.Capability(context, graph, hits, "");
        }

        var counted = docs.Where(d => PyVerdict.Counts(graph, d.Path)).ToList();
        var signIn = counted.SelectMany(d => PyCode.Matches(d, SignsIn(), "").Take(1).Select(m => new PyHit(d, m.Index, Snippet.Of(m.Value, 80)))).FirstOrDefault();
        if (signIn is not null)
        {
            return [context.AtOffset(Outcome.Inconclusive, signIn.Doc, signIn.Offset, $"users sign in here ({signIn.What}), but no view checks who is asking in a way this probe recognises: checks may live in templates or be written by hand")];
        }

        var sign = counted.SelectMany(d => PyCode.Matches(d, SignOfUsers(), "").Take(1).Select(m => new PyHit(d, m.Index, Snippet.Of(m.Value, 80)))).FirstOrDefault();
        return sign is null
            ? [context.Inconclusive("no authentication check found, and no sign the app has users (no login route, Flask-Login, Django auth views or password hashing): a public app may need none")]
            : [context.AtOffset(Outcome.Fail, sign.Doc, sign.Offset, $"the app has users ({sign.What}), but no view checks who is asking (no @login_required, @jwt_required, IsAuthenticated, LoginRequiredMixin or auth dependency)")];
    }

    // Decorators named for a login/token/role check, Django mixins and middleware, DRF permission classes, FastAPI
    // auth dependencies, and checks by hand.
    [GeneratedRegex(
        @"^[ \t]*@[ \t]*(?:[\w]+\.){0,3}(?:(?:login|jwt|fresh_jwt|token|auth|admin|roles?|permission|staff_member|superuser|api_key|user)_required|require_(?:auth|login|user|token|admin|api_key|jwt)\w*|requires_auth\w*|authenticated|permission_classes)\b" +
        @"|\b(?:LoginRequiredMixin|PermissionRequiredMixin|UserPassesTestMixin|LoginRequiredMiddleware)\b" +
        @"|\bpermission_classes[ \t]*=[ \t]*[\[(][^\]\n)]{0,200}\b(?:IsAuthenticated|IsAdminUser|IsAuthenticatedOrReadOnly|DjangoModelPermissions)\b" +
        @"|\b(?:Depends|Security)[ \t]*\([ \t]*(?:[\w]+\.){0,3}(?:get_current_\w+|current_\w*user\w*|get_user\w*|verify_\w*(?:token|jwt|key|user)\w*|authenticate\w*|require_\w+|auth\w*|oauth2_scheme|api_key\w*)[ \t]*[,)]" +
        @"|\bverify_jwt_in_request[ \t]*\(|\bjwt\.decode[ \t]*\(|\b(?:current_user|request\.user|g\.user)\.is_authenticated\b",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CheckCompiled();
    private static Regex Check() => LinearRegex.Pick(CheckCompiled());

    [GeneratedRegex(@"[""']DEFAULT_PERMISSION_CLASSES[""'][ \t]*:[ \t]*[\[(][ \t\r\n]*[""']rest_framework\.permissions\.(?:IsAuthenticated|IsAdminUser|DjangoModelPermissions)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DrfDefaultCompiled();
    private static Regex DrfDefault() => LinearRegex.Pick(DrfDefaultCompiled());

    // Code that signs a user in: the app authenticates, whatever its views then check.
    [GeneratedRegex(
        @"\b(?:login_user|authenticate|create_access_token|create_refresh_token|jwt\.encode)[ \t]*\(|\bauth\.login[ \t]*\(|\b(?:LoginView|ObtainAuthToken|TokenObtainPairView)\b|[""']django\.contrib\.auth\.urls[""']|\bsession\[[ \t]*[""']user(?:_id)?[""'][ \t]*\][ \t]*=",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SignsInCompiled();
    private static Regex SignsIn() => LinearRegex.Pick(SignsInCompiled());

    // A login route or view, a user session library, or password hashing: the app has users to tell apart.
    [GeneratedRegex(
        @"[""']/(?:api/)?(?:auth/)?(?:login|signin|sign-in|token)/?[""']|^[ \t]*(?:async[ \t]+)?def[ \t]+(?:login|signin|sign_in)\w*[ \t]*\(|\bimport[ \t]+(?:flask_login|flask_jwt_extended)\b|\bfrom[ \t]+(?:flask_login|flask_jwt_extended|django\.contrib\.auth|passlib)\b|\b(?:generate_password_hash|check_password_hash|make_password|check_password)[ \t]*\(|\bbcrypt\.(?:hashpw|checkpw)[ \t]*\(",
        RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SignOfUsersCompiled();
    private static Regex SignOfUsers() => LinearRegex.Pick(SignOfUsersCompiled());
}
