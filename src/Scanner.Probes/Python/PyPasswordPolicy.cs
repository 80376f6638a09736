using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// A password length or strength rule runs in a module reachable from the app entry: <c>len(password) &lt; 12</c>, a
/// schema minimum on a password field, Django's AUTH_PASSWORD_VALIDATORS or validate_password(), character-class
/// checks or zxcvbn. Only in modules nothing imports it fails as not wired in; none found is left undecided; an app
/// that never handles a password is not applicable.
/// </summary>
public sealed partial class PyPasswordPolicy : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)).ToList();
        if (!docs.Exists(d => IgnoreCaseSearch.Contains(d.Content, "password")))
        {
            return [context.NotApplicable("no Python code handles a password")];
        }

        var hits = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, Rule(), "password").Concat(PyCode.Matches(d, Rule(), "zxcvbn")).DistinctBy(m => m.Index)
            .Where(m => d.Regions.KindAt(m.Index) == RegionKind.Code || m.Value.StartsWith("AUTH_PASSWORD_VALIDATORS", StringComparison.Ordinal))
            .Where(m => !m.Value.Contains("hash", StringComparison.OrdinalIgnoreCase))
            .Select(m => new PyHit(d, m.Index, $"password rule ({Snippet.Of(m.Value, 60)})"))).ToList();
        if (hits.Count == 0)
        {
            return [context.Inconclusive("passwords are handled, but no length or strength rule was found (sign-up may be delegated, or the rule written in a way this probe does not recognise)")];
        }

        var judged = PyVerdict.Capability(context, graph, hits, "");
        foreach (var hit in hits)
        {
            var rule = hit.Doc.Content[hit.Offset..Math.Min(hit.Doc.Content.Length, hit.Offset + 200)].Split('\n')[0];
            if (PasswordMinimum.Of(hit.Doc.Content, hit.Offset, rule) is { } min)
            {
                context.EmitWherePassed(judged, PasswordMinimum.Fact(hit.Doc, hit.Offset, min));
            }
        }

        return judged;
    }

    // len(password) < 8, AUTH_PASSWORD_VALIDATORS = [{...}], validate_password(...), password: str = Field(min_length=8),
    // PasswordField(..., Length(min=8)), re.search(r"[A-Z]", password), zxcvbn(password).
    [GeneratedRegex(
        @"\blen[ \t]*\([ \t]*(?:\w+\.)*\w*password\w*[ \t]*\)[ \t]*[<>]=?[ \t]*(?:[2-9]|[1-9]\d)|^AUTH_PASSWORD_VALIDATORS[ \t]*=[ \t]*\[[ \t\r\n]*\{|\bvalidate_password[ \t]*\(" +
        @"|\b\w*password\w*[ \t]*(?::[^=\n]{0,80})?=[ \t]*(?:Field|constr|fields\.Str|fields\.String|StringField|PasswordField|serializers\.CharField|forms\.CharField)[ \t]*\([^\n]{0,200}?\b(?:min_length|Length[ \t]*\([ \t]*min)[ \t]*=[ \t]*\d" +
        @"|\bre\.(?:search|match|fullmatch)[ \t]*\([^\n]{0,80}?,[ \t]*(?:\w+\.)*\w*password\w*[ \t]*\)|\bzxcvbn\w*[ \t]*\(",
        RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RuleCompiled();
    private static Regex Rule() => LinearRegex.Pick(RuleCompiled());
}
