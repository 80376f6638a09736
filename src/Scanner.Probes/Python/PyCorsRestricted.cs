using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// CORS names the origins it trusts. Fails on Starlette/FastAPI <c>CORSMiddleware</c> with <c>allow_origins=["*"]</c>
/// or a catch-all regex, flask-cors <c>CORS(app)</c> / <c>@cross_origin()</c> without origins (they default to *)
/// or with <c>*</c>, django-cors-headers <c>CORS_ALLOW_ALL_ORIGINS = True</c>, and a hand-set
/// <c>Access-Control-Allow-Origin: *</c> (except on a view that serves files: public assets); credentials on top
/// make it worse. No CORS at all is same-origin only.
/// </summary>
public sealed partial class PyCorsRestricted : IProbe
{
    private const string Credentials = "; with credentials allowed, any site can make logged-in requests and read the answers";

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var judged = new List<string>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)))
        {
            judged.Add(doc.Path);
            foreach (var m in PyCode.Matches(doc, Configuration(), "cors").Concat(PyCode.Matches(doc, ManualHeader(), "Access-Control-Allow-Origin"))
                .Where(m => !PyCode.OnImportLine(doc, m.Index)))
            {
                if (Judge(context, doc, m) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        return findings.Count > 0 ? findings
            : [context.Searched(judged, $"no CORS middleware or header in {judged.Count} app module(s): browsers allow same-origin requests only")];
    }

    private static Finding? Judge(ProbeContext context, SourceDocument doc, Match m)
    {
        var kind = m.Groups["kind"].Value;
        if (kind.Length == 0)
        {
            // A wildcard on a view that streams files (media, downloads) shares public assets without credentials:
            // that is what the wildcard is for, not a hole in the API's CORS policy.
            var function = PyFunctions.Enclosing(PyFunctions.All(doc), m.Index);
            return function is not null && FileResponse().IsMatch(doc.Content.AsSpan(function.Start, function.End - function.Start))
                ? null
                : context.Fail(doc, m.Index, "Access-Control-Allow-Origin set to * by hand: every site may read the responses");
        }

        if (kind.StartsWith("CORS_", StringComparison.Ordinal))
        {
            return context.Fail(doc, m.Index, $"{kind} = True: every origin is allowed" + (doc.Content.Contains("CORS_ALLOW_CREDENTIALS = True", StringComparison.Ordinal) ? Credentials : ""));
        }

        var args = kind == "CORSMiddleware" ? PyCode.EnclosingArguments(doc, m.Index) : PyCode.Arguments(doc, m.Index);
        var credentials = CredentialsOn().IsMatch(args) ? Credentials : "";
        if (kind == "CORSMiddleware")
        {
            return Wildcard().IsMatch(args) || CatchAllRegex().IsMatch(args) || WildcardVariable(doc, args)
                ? context.Fail(doc, m.Index, "CORSMiddleware allows every origin" + credentials)
                : context.Pass(doc, m.Index, "CORSMiddleware restricted to configured origins");
        }

        if (!Origins().IsMatch(args))
        {
            return context.Fail(doc, m.Index, $"{kind}() without origins allows every origin (flask-cors defaults to *)" + credentials);
        }

        return Wildcard().IsMatch(args)
            ? context.Fail(doc, m.Index, $"{kind}() allows every origin" + credentials)
            : context.Pass(doc, m.Index, $"{kind}() restricted to named origins");
    }

    /// <summary><c>allow_origins=origins</c> where the same file assigns <c>origins = ["*"]</c>.</summary>
    private static bool WildcardVariable(SourceDocument doc, string args)
    {
        var name = OriginsVariable().Match(args);
        return name.Success && new Regex($@"\b{Regex.Escape(name.Groups["name"].Value)}[ \t]*=[ \t]*\[?[ \t]*[""']\*[""']", RegexOptions.NonBacktracking).IsMatch(doc.Content);
    }

    [GeneratedRegex(
        @"\b(?<kind>CORSMiddleware)\b[ \t]*[,)]|\b(?<kind>CORS|cross_origin)[ \t]*\(|\b(?<kind>CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL)[ \t]*=[ \t]*True\b",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConfigurationCompiled();
    private static Regex Configuration() => LinearRegex.Pick(ConfigurationCompiled());

    [GeneratedRegex(@"\[[ \t]*[""']Access-Control-Allow-Origin[""'][ \t]*\][ \t]*=[ \t]*[""']\*[""']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ManualHeaderCompiled();
    private static Regex ManualHeader() => LinearRegex.Pick(ManualHeaderCompiled());

    [GeneratedRegex(@"\b(?:FileResponse|send_file|send_from_directory|StreamingHttpResponse)[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FileResponseCompiled();
    private static Regex FileResponse() => LinearRegex.Pick(FileResponseCompiled());

    [GeneratedRegex(@"(?:\ballow_origins|\borigins|[""']origins[""'])[ \t]*[=:][ \t]*\[?[ \t]*[""']\*[""']", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex WildcardCompiled();
    private static Regex Wildcard() => LinearRegex.Pick(WildcardCompiled());

    [GeneratedRegex(@"\ballow_origin_regex[ \t]*=[ \t]*r?[""'](?:\.\*|\^\.\*\$?|\.\+)[""']", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CatchAllRegexCompiled();
    private static Regex CatchAllRegex() => LinearRegex.Pick(CatchAllRegexCompiled());

    [GeneratedRegex(@"\b(?:allow_credentials|supports_credentials)[ \t]*=[ \t]*True\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CredentialsOnCompiled();
    private static Regex CredentialsOn() => LinearRegex.Pick(CredentialsOnCompiled());

    [GeneratedRegex(@"\borigins[ \t]*=|[""']origins[""'][ \t]*:", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OriginsCompiled();
    private static Regex Origins() => LinearRegex.Pick(OriginsCompiled());

    [GeneratedRegex(@"\ballow_origins[ \t]*=[ \t]*(?<name>[A-Za-z_]\w*)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OriginsVariableCompiled();
    private static Regex OriginsVariable() => LinearRegex.Pick(OriginsVariableCompiled());
}
