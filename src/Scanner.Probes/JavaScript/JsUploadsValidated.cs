using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// An app that accepts files (multer, formidable, busboy, express-fileupload, a route reading File entries from
/// <c>formData()</c>) checks their size or type in wired-in code: multer's <c>limits.fileSize</c> or
/// <c>fileFilter</c>, formidable's <c>maxFileSize</c>, a comparison of an upload's size, an allowed type list checked
/// against its type, file-type sniffing. A check only in files nothing imports (or in an exported helper nothing
/// calls) fails as not wired in; uploads with no check recognised are undecided; no uploads is not applicable.
/// </summary>
public sealed partial class JsUploadsValidated : IProbe
{
    // Every match of Upload() holds one of these, so files without any are never handed to the regex.
    private static readonly string[] UploadWords = ["multer", "formidable", "usboy", "fileUpload", ".formData"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var product = graph.Modules.Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)).ToList();
        var uploads = product.Where(d => graph.IsWired(d.Path) && UploadWords.Any(w => d.Content.Contains(w, StringComparison.Ordinal)))
            .SelectMany(d => JsCode.Matches(d, Upload(), "").Where(m => !m.Value.StartsWith('.') || d.Content.Contains("File", StringComparison.Ordinal)).Select(m => (Doc: d, m.Index)))
            .ToList();
        if (uploads.Count == 0)
        {
            return [context.NotApplicable("no wired-in code accepts file uploads (multer, formidable, busboy, express-fileupload, File entries from formData())")];
        }

        var evidence = product.SelectMany(d => JsCode.Matches(d, Check(), "").Select(m => new JsEvidence(d, m.Index, $"upload check ({Snippet.Of(m.Value, 50)})"))).ToList();
        var judged = Wiring.Judge(context, graph, evidence, "upload check");
        if (judged.Count > 0)
        {
            return judged;
        }

        var (doc, at) = uploads[0];
        return [context.AtOffset(Outcome.Inconclusive, doc, at, "files are accepted here, but no size or type check was recognised (it may be done by a proxy, a storage service or code this probe does not recognise)")];
    }

    [GeneratedRegex(@"\bmulter\s*\(|\bformidable\s*\(|\b[Bb]usboy\s*\(|\bfileUpload\s*\(|\.formData\s*\(\s*\)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex UploadCompiled();

    private static Regex Upload() => LinearRegex.Pick(UploadCompiled());

    // limits: { fileSize: 5 * 1024 * 1024 }, fileFilter: (req, file, cb) => ..., maxFileSize: ..., file.size > MAX,
    // ALLOWED_TYPES.includes(file.type), file.mimetype === 'image/png', fileTypeFromBuffer(buffer).
    [GeneratedRegex(
        @"\bfileSize\s*:|\bfileFilter\s*:|\bmaxFileSize\s*:|\b\w*(?i:file|upload|image|avatar|document|attachment|photo)\w*\.size\s*>=?" +
        @"|\w*(?i:allowed|accepted|valid)\w*\s*\.\s*(?:includes|has)\s*\(\s*[\w.]*\.(?:mimetype|type)\s*\)" +
        @"|\b\w*(?i:file|upload|image|avatar|document|attachment|photo)\w*\.(?:mimetype|type)\s*(?:===|!==|\.\s*startsWith\s*\()|\bfileTypeFrom(?:Buffer|File|Stream)\s*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CheckCompiled();

    private static Regex Check() => LinearRegex.Pick(CheckCompiled());
}
