using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Serilog.Core;
using Serilog.Events;

namespace Scanner.Cli;

/// <summary>
/// The log's share of the one redaction path: every string a log line carries (paths, checklist names, reasons) is
/// scrubbed of secrets and has its control characters made visible before it reaches stderr. Message templates are
/// the code's own constants, so only property values can hold repository text.
/// </summary>
internal sealed class LogScrubber : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var clean = Clean(value);
            if (!ReferenceEquals(clean, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, clean));
            }
        }
    }

    private static LogEventPropertyValue Clean(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } when Clean(s) is var c && !ReferenceEquals(c, s) => new ScalarValue(c),
        SequenceValue seq when seq.Elements.Select(Clean).ToList() is var elements && elements.Where((e, i) => !ReferenceEquals(e, seq.Elements[i])).Any()
            => new SequenceValue(elements),
        _ => value,
    };

    private static string Clean(string text) => ControlChars.Escape(Redactor.ScrubPath(Redactor.Scrub(text)));
}
