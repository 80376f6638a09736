using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Log calls in wired-in server code (<c>console.*</c>, any <c>*log*</c> object's <c>.info(</c> ... <c>.error(</c>:
/// pino, winston, <c>req.log</c>) put no value named like personal or secret data into the message, by template
/// literal, <c>+</c>, extra arguments or object fields (see <see cref="LoggedValues"/>). Browser code, tests and
/// scripts are not read. Passing means none was seen, not that no value holds such data at run time.
/// </summary>
public sealed partial class JsLogsNoSensitiveData : IProbe
{
    // Every log call names console or log (in any case), on one line: only the lines holding one are searched.
    private static readonly SearchValues<string> LogWords = SearchValues.Create(["log", "console"], StringComparison.OrdinalIgnoreCase);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var docs = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path) && !CodeKinds.IsTooling(d.Path) && !JsCode.IsBrowserCode(d)).ToList();
        var calls = docs.SelectMany(d => (d.Content.Contains('(', StringComparison.Ordinal) ? LinesWith.Matches(d.Content, LogCall(), LogWords).Where(m => d.Regions.KindAt(m.Index) == RegionKind.Code) : [])
            .Select(m => new LogLeaks.Call(d, m.Index, LoggedValues.Sensitive(JsCode.ArgumentText(d, m.Index + m.Length - 1), python: false)))).ToList();
        var redactor = docs.SelectMany(d => JsCode.Matches(d, Redactor(), "edact").Select(m => new LogLeaks.Call(d, m.Index, null))).FirstOrDefault();
        return LogLeaks.Judge(context, calls, redactor, "no log call (console, a logger) in wired-in server code");
    }

    // console.log(, logger.info(, req.log.warn(, fastify.log.error(, auditLogger.info(.
    [GeneratedRegex(@"(?<![\w$.])(?:console|(?:[A-Za-z_$][\w$]{0,30}\.){0,3}[\w$]{0,20}(?i:log)[\w$]{0,20})\.(?:log|debug|info|warn|warning|error|fatal|trace|http|verbose)[ \t]{0,5}\(", RegexOptions.CultureInvariant)]
    private static partial Regex LogCallCompiled();

    private static Regex LogCall() => LogCallCompiled();

    // pino's redact option (redact: [...] or redact: { paths }), winston/other formats named for redaction.
    [GeneratedRegex(@"\bredact[ \t]{0,5}:|\b(?i:redact)\w{0,30}(?:Format|Formatter|Serializer)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RedactorCompiled();

    private static Regex Redactor() => LinearRegex.Pick(RedactorCompiled());
}
