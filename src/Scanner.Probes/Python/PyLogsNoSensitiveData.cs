using System.Buffers;
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
    // Every log call names log (in any case) or print: only the lines holding one are searched.
    private static readonly SearchValues<string> LogWords = SearchValues.Create(["log", "print"], StringComparison.OrdinalIgnoreCase);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)).ToList();
        var calls = docs.SelectMany(d => (d.Content.Contains('(', StringComparison.Ordinal) ? PyCode.MatchesOnLinesWith(d, LogCall(), LogWords) : []).Where(m => graph.IsWebApp || !m.Value.StartsWith("print", StringComparison.Ordinal))
            .Select(m => new LogLeaks.Call(d, m.Index, LoggedValues.Sensitive(PyCode.Arguments(d, m.Index + m.Length - 1), python: true)))).ToList();
        var redactor = docs.SelectMany(d => PyCode.Matches(d, Redactor(), "(").Select(m => new LogLeaks.Call(d, m.Index, null))).FirstOrDefault();
        return LogLeaks.Judge(context, calls, redactor, "no log call (logging, a logger, print in a web app) in the production modules the app reaches");
    }

    // logging.info(, logger.warning(, app.logger.error(, self._log.exception(, audit_log.info(, print(.
    [GeneratedRegex(@"(?<![\w.])(?:(?:[A-Za-z_]\w{0,30}\.){0,3}\w{0,20}(?i:log)\w{0,20}\.(?:debug|info|warning|warn|error|exception|critical|fatal|log|msg)|print)[ \t]{0,5}\(", RegexOptions.CultureInvariant)]
    private static partial Regex LogCallCompiled();

    private static Regex LogCall() => LogCallCompiled();

    // A logging.Filter subclass or a structlog processor whose name says it masks or redacts.
    [GeneratedRegex(@"\bclass[ \t]{1,5}\w{0,40}(?i:redact|mask|scrub|sanitiz)\w{0,40}[ \t]{0,5}\([^)\n]{0,60}Filter|\b(?i:redact|mask|scrub)\w{0,30}(?:_processor|Processor|_filter|Filter)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RedactorCompiled();

    private static Regex Redactor() => LinearRegex.Pick(RedactorCompiled());
}
