using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// An app that accepts files (Flask <c>request.files</c>, FastAPI <c>UploadFile</c>, Django <c>request.FILES</c> or a
/// FileField) checks their size or type in code the app entry reaches: Flask's MAX_CONTENT_LENGTH, a comparison
/// against a maximum size, an allowed
/// extension or content-type list, FileExtensionValidator, python-magic. A literal size limit is a fact, so a line's
/// "5MB uploads" is held to it. Uploads with no check recognised are left undecided; an app that takes no files is
/// not applicable.
/// </summary>
public sealed partial class PyUploadsValidated : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)).ToList();
        var uploads = docs.SelectMany(d => PyCode.MatchesOutsideComments(d, Upload(), "File").Concat(PyCode.MatchesOutsideComments(d, Upload(), "files"))
            .DistinctBy(m => m.Index).Where(_ => PyVerdict.Counts(graph, d.Path)).Select(m => (Doc: d, m.Index))).ToList();
        if (uploads.Count == 0)
        {
            return [context.NotApplicable("the app accepts no file uploads (no request.files, UploadFile, request.FILES or FileField)")];
        }

        var hits = new List<(PyHit Hit, double? Bytes)>();
        foreach (var d in docs)
        {
            // MAX_CONTENT_LENGTH is enforced by Flask itself; a MAX_FILE_SIZE constant only where code compares with it.
            hits.AddRange(PyCode.MatchesOutsideComments(d, SizeSetting(), "MAX_")
                .Where(m => m.Groups["name"].Value == "MAX_CONTENT_LENGTH" || docs.Exists(o => Compared(o.Content, m.Groups["name"].Value)))
                .Select(m => (new PyHit(d, m.Index, $"upload size limit ({m.Groups["name"].Value})"), LimiterValues.Number(m.Groups["value"].Value))));
            if (d.Content.AsSpan().IndexOfAny(CheckLiterals) < 0)
            {
                continue;
            }

            hits.AddRange(PyCode.MatchesOutsideComments(d, Check(), "").Select(m => (new PyHit(d, m.Index, $"upload check ({Snippet.Of(m.Value, 50)})"), (double?)null)));
        }

        if (hits.Count == 0)
        {
            var (doc, at) = uploads[0];
            return [context.AtOffset(Outcome.Inconclusive, doc, at, "the app accepts files, but no size or type check was recognised (it may be done by a proxy, a storage service or code this probe does not recognise)")];
        }

        var judged = PyVerdict.Capability(context, graph, [.. hits.Select(h => h.Hit)], "");
        foreach (var (hit, bytes) in hits.Where(h => h.Bytes is > 0))
        {
            var at = new SourceLocation(hit.Doc.Path, hit.Doc.Text.LineOf(hit.Offset));
            context.EmitWherePassed(judged, Fact.Measured("upload-limit", at, "bytes", bytes!.Value) with { Mechanism = "python" });
        }

        return judged;
    }

    /// <summary>
    /// Literals of which every alternative of <see cref="Check"/> holds one, in this case: a file with none cannot
    /// match, so the regex, which has no literal prefix to search for and tries every word, runs on few files.
    /// </summary>
    private static readonly SearchValues<string> CheckLiterals =
        SearchValues.Create(["allowed_file", "ALLOWED_", ".content_type", "FileExtensionValidator", "magic.from_", ".size", "MAX_"], StringComparison.Ordinal);

    private static bool Compared(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i > 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var before = text.AsSpan(Math.Max(0, i - 4), Math.Min(4, i)).TrimEnd();
            if (before.EndsWith(">") || before.EndsWith(">=") || before.EndsWith("<") || before.EndsWith("<="))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\brequest\.files\b|\bUploadFile\b|\brequest\.FILES\b|\b(?:File|Image)Field[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex UploadCompiled();

    private static Regex Upload() => LinearRegex.Pick(UploadCompiled());

    // MAX_CONTENT_LENGTH = 16 * 1024 * 1024, app.config["MAX_CONTENT_LENGTH"] = ..., MAX_FILE_SIZE = 5 * 1024 * 1024.
    // Django's FILE_UPLOAD_MAX_MEMORY_SIZE and DATA_UPLOAD_MAX_MEMORY_SIZE limit no upload: the first is when a file
    // spills to disk, the second leaves file data out.
    [GeneratedRegex(@"\b(?<name>MAX_CONTENT_LENGTH|MAX_(?:UPLOAD|FILE)_SIZE(?:_BYTES)?)\b['""]?\]?[ \t]*=[ \t]*(?<value>[\d_]{1,12}(?:[ \t]*\*[ \t]*[\d_]{1,12}){0,4})", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SizeSettingCompiled();

    private static Regex SizeSetting() => LinearRegex.Pick(SizeSettingCompiled());

    // allowed_file(...), ALLOWED_EXTENSIONS, .content_type in ..., FileExtensionValidator(...), magic.from_buffer(...),
    // file.size > ..., len(data) > MAX_...
    [GeneratedRegex(@"\ballowed_file[ \t]*\(|\bALLOWED_(?:EXTENSIONS|MIME_TYPES|CONTENT_TYPES|FILE_TYPES|TYPES)\b|\.content_type[ \t]*(?:not[ \t]+)?in\b|\.content_type[ \t]*[!=]=|\bFileExtensionValidator[ \t]*\(|\bmagic\.from_(?:buffer|file)[ \t]*\(|\b\w*(?i:file|upload|image|avatar|document|attachment)\w*\.size[ \t]*>=?[ \t]*\w|\blen[ \t]*\([^)\n]{1,40}\)[ \t]*>=?[ \t]*MAX_\w*SIZE", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CheckCompiled();

    private static Regex Check() => LinearRegex.Pick(CheckCompiled());
}
