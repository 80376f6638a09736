using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript;

namespace Scanner.Probes.Python;

/// <summary>
/// A Python web app bounds the request bodies it reads: Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB unless changed),
/// Flask's MAX_CONTENT_LENGTH, or a size check in code (<c>file.size &gt; 5 * 1024 * 1024</c>,
/// <c>len(data) &gt; MAX_SIZE</c>, <c>request.content_length &gt; ...</c>). Each limit is a fact with its bytes when
/// they are literal (a named constant is followed to its literal), or "from configuration" when they are not.
/// A limit set to None fails; Flask or Starlette with no limit recognised is undecided (a proxy may hold it).
/// </summary>
public sealed partial class PyRequestSizeLimited : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && !PyCode.IsDevelopmentName(PyPaths.FileName(d.Path))).ToList();
        var limits = new List<(PyHit Hit, string Subject, double? Bytes)>();
        var disabled = new List<Finding>();
        foreach (var d in docs)
        {
            foreach (var m in PyCode.MatchesOutsideComments(d, Setting(), "MAX_").Where(m => PyCode.EnclosingClass(d, m.Index) is not { } c || !PyCode.IsDevelopmentName(c)))
            {
                var (name, value) = (m.Groups["name"].Value, m.Groups["value"].Value.Trim());
                if (value == "None" && PyVerdict.Counts(graph, d.Path))
                {
                    disabled.Add(context.Fail(d, m.Index, $"{name} = None: the app reads request bodies of any size"));
                }
                else if (value != "None")
                {
                    limits.Add(Limit(d, m.Index, name, "body-limit", PySizeValues.Resolve(value, docs, d, m.Index)));
                }
            }

            // len(password) > 128 is a field rule, not a size limit: len() counts only on a body or a file, in bytes.
            foreach (var m in PyCode.Matches(d, Check(), ">").Where(m => !m.Groups["arg"].Success
                || (Bodyish().IsMatch(m.Groups["arg"].Value) && (LimiterValues.Number(m.Groups["v"].Value) ?? 1024) >= 1024)))
            {
                var upload = Uploadish().IsMatch(m.Value);
                limits.Add(Limit(d, m.Index, upload ? "upload size check" : "request size check", upload ? "upload-limit" : "body-limit", PySizeValues.Resolve(m.Groups["v"].Value, docs, d, m.Index)));
            }
        }

        if (disabled.Count > 0)
        {
            return disabled;
        }

        if (limits.Count > 0)
        {
            var judged = PyVerdict.Capability(context, graph, [.. limits.Select(l => l.Hit)], "");
            foreach (var (hit, subject, bytes) in limits)
            {
                var at = new SourceLocation(hit.Doc.Path, hit.Doc.Text.LineOf(hit.Offset));
                context.EmitWherePassed(judged, bytes is { } b ? Fact.Measured(subject, at, "bytes", b) with { Mechanism = "python" }
                    : new Fact("", subject, FactState.Wired) { Location = at, Mechanism = "python" });
            }

            return judged;
        }

        if (graph.Uses("django"))
        {
            var settings = docs.Find(d => d.Content.Contains("INSTALLED_APPS", StringComparison.Ordinal) && PyVerdict.Counts(graph, d.Path));
            const string why = "Django's default DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) limits request bodies other than file uploads";
            return [settings is null ? context.Inconclusive($"{why}, but no settings module was found to confirm it is not changed") : context.AtFile(Outcome.Pass, settings.Path, why)];
        }

        return [context.Inconclusive("no request size limit recognised: Flask without MAX_CONTENT_LENGTH and Starlette/FastAPI read bodies of any size (a proxy or the platform may still limit them)")];
    }

    private static (PyHit, string, double?) Limit(SourceDocument doc, int offset, string what, string subject, double? bytes) =>
        (new PyHit(doc, offset, $"{what} ({(bytes is { } b ? Size(b) : "from configuration")})"), subject, bytes);

    private static string Size(double bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024):0.##} MB" : $"{bytes / 1024:0.##} KB";

    // DATA_UPLOAD_MAX_MEMORY_SIZE = 5242880, app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024, MAX_CONTENT_LENGTH=int(os.getenv(...)).
    // FILE_UPLOAD_MAX_MEMORY_SIZE is when Django spills an upload to disk, not a limit, and is not read.
    [GeneratedRegex(@"\b(?<name>DATA_UPLOAD_MAX_MEMORY_SIZE|MAX_CONTENT_LENGTH)\b['""]?\]?[ \t]*[=:][ \t]*(?<value>[^\n#,)]{1,80})", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SettingCompiled();

    private static Regex Setting() => LinearRegex.Pick(SettingCompiled());

    // file.size > 5 * 1024 * 1024, len(contents) > MAX_UPLOAD_BYTES, request.content_length > settings.MAX_BODY.
    [GeneratedRegex(@"(?:\b\w{0,30}(?i:file|upload|image|avatar|document|attachment|photo)\w{0,30}\.size|\blen[ \t]*\((?<arg>[^)\n]{1,40})\)|\brequest\.content_length)[ \t]*>=?[ \t]*(?<v>[\w.]{1,60}(?:[ \t]*\*[ \t]*[\w.]{1,20}){0,4})", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CheckCompiled();

    private static Regex Check() => LinearRegex.Pick(CheckCompiled());

    [GeneratedRegex(@"(?i:file|upload|image|avatar|document|attachment|photo)", RegexOptions.CultureInvariant)]
    private static partial Regex Uploadish();

    // What len() measures when it is a size: file contents or a raw body, not a text field (content_text, comment).
    [GeneratedRegex(@"(?i:file|upload|image|avatar|document|attachment|photo|body|payload|contents\b|raw|blob|buffer|bytes)", RegexOptions.CultureInvariant)]
    private static partial Regex Bodyish();
}
