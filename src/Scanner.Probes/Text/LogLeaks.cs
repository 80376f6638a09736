using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Text;

/// <summary>
/// The verdict on "logs carry no personal or secret data" once each log call's logged value is known (see
/// <see cref="LoggedValues"/>): every call that logs one fails (the first ten shown, all counted), unless a
/// redacting filter is set up, which leaves them undecided; no such call passes at the first call read.
/// </summary>
public static class LogLeaks
{
    private const int Shown = 10;

    public sealed record Call(SourceDocument Doc, int Offset, string? Value);

    public static List<Finding> Judge(ProbeContext context, IReadOnlyList<Call> calls, Call? redactor, string none)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
        {
            return [context.NotApplicable(none)];
        }

        var leaks = calls.Where(c => c.Value is not null).ToList();
        if (leaks.Count > 0 && redactor is not null)
        {
            return [.. leaks.Take(Shown).Select(c => context.AtOffset(Outcome.Inconclusive, c.Doc, c.Offset,
                $"log call writes {c.Value} into the log, but a redacting log filter is set up at {redactor.Doc.Path}:{redactor.Doc.Text.LineOf(redactor.Offset)}; whether it removes {c.Value} cannot be told"))];
        }

        return leaks.Count == 0
            ? [context.Pass(calls[0].Doc, calls[0].Offset, $"{calls.Count} log call(s) in {calls.Select(c => c.Doc.Path).Distinct().Count()} module(s): none logs a value named like personal or secret data (email, password, tokens, API keys, card, phone, Authorization, request bodies); what other values hold at run time is not checked")]
            : [.. leaks.Take(Shown).Select((c, i) => context.Fail(c.Doc, c.Offset, $"log call writes {c.Value} into the log ({i + 1} of {leaks.Count}): personal or secret data in logs is copied to every place logs go"))];
    }
}
