using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Log calls in the app's production modules (<c>logging</c>, any <c>*log*</c> object's <c>.info(</c> ...
/// <c>.exception(</c>, and <c>print(</c> in a web app) put no value named like personal or secret data into the
/// message, by f-string, <c>%</c>, <c>.format</c>, <c>+</c>, extra arguments or keywords (see <see cref="LoggedValues"/>).
/// Passing means none was seen, not that no value holds such data at run time.
/// </summary>
public sealed partial class PyLogsNoSensitiveData : IProbe
{
    private const int Shown = 10;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)).ToList();
        var calls = docs.SelectMany(d => PyCode.Matches(d, LogCall(), "(").Where(m => graph.IsWebApp || !m.Value.StartsWith("print", StringComparison.Ordinal))
            .Select(m => (Doc: d, m.Index, Value: LoggedValues.Sensitive(PyCode.Arguments(d, m.Index + m.Length - 1), python: true)))).ToList();
        if (calls.Count == 0)
        {
            return [context.NotApplicable("no log call (logging, a logger, print in a web app) in the production modules the app reaches")];
        }

        var leaks = calls.Where(c => c.Value is not null).ToList();
        var redactor = docs.SelectMany(d => PyCode.Matches(d, Redactor(), "(").Select(m => (Doc: d, m.Index))).FirstOrDefault();
        if (leaks.Count > 0 && redactor.Doc is not null)
        {
            return [.. leaks.Take(Shown).Select(c => context.AtOffset(Outcome.Inconclusive, c.Doc, c.Index,
                $"log call writes {c.Value} into the log, but a redacting log filter is set up at {redactor.Doc.Path}:{redactor.Doc.Text.LineOf(redactor.Index)}; whether it removes {c.Value} cannot be told"))];
        }

        return leaks.Count == 0
            ? [context.Pass(calls[0].Doc, calls[0].Index, $"{calls.Count} log call(s) in {calls.Select(c => c.Doc.Path).Distinct().Count()} module(s): none logs a value named like personal or secret data (email, password, tokens, API keys, card, phone, Authorization, request bodies); what other values hold at run time is not checked")]
            : [.. leaks.Take(Shown).Select((c, i) => context.Fail(c.Doc, c.Index, $"log call writes {c.Value} into the log ({i + 1} of {leaks.Count}): personal or secret data in logs is copied to every place logs go"))];
    }

    // logging.info(, logger.warning(, app.logger.error(, self._log.exception(, audit_log.info(, print(.
    [GeneratedRegex(@"(?<![\w.])(?:(?:[A-Za-z_]\w{0,30}\.){0,3}\w{0,20}(?i:log)\w{0,20}\.(?:debug|info|warning|warn|error|exception|critical|fatal|log|msg)|print)[ \t]{0,5}\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LogCallCompiled();

    private static Regex LogCall() => LinearRegex.Pick(LogCallCompiled());

    // A logging.Filter subclass or a structlog processor whose name says it masks or redacts.
    [GeneratedRegex(@"\bclass[ \t]{1,5}\w{0,40}(?i:redact|mask|scrub|sanitiz)\w{0,40}[ \t]{0,5}\([^)\n]{0,60}Filter|\b(?i:redact|mask|scrub)\w{0,30}(?:_processor|Processor|_filter|Filter)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RedactorCompiled();

    private static Regex Redactor() => LinearRegex.Pick(RedactorCompiled());
}
