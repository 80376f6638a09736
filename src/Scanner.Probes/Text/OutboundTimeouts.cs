using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Text;

/// <summary>
/// The verdict on outbound timeouts, the same for every stack: no outbound call is not applicable; a call with no
/// timeout fails at its line, unless the app sets another kind of timeout the line may mean (then undecided); calls
/// whose options cannot be read leave it undecided; otherwise every client passes with its configured values.
/// </summary>
public static class OutboundTimeouts
{
    private const int MaxFindings = 12;

    public static List<Finding> Judge(ProbeContext context, IReadOnlyList<OutboundCall> calls, IReadOnlyList<OtherTimeout> others, string searched)
    {
        if (calls.Count == 0)
        {
            return [context.NotApplicable($"no outbound HTTP call in production code (searched {searched})")];
        }

        var set = calls.Count(c => c.Setting == TimeoutSetting.Set);
        var none = calls.Where(c => c.Setting == TimeoutSetting.None).ToList();
        if (none.Count > 0)
        {
            var summary = $"{none.Count} of {calls.Count} outbound call(s) or client(s) set no timeout";
            if (others.Count > 0)
            {
                var other = others[0];
                var at = $"{other.Doc.Path}:{other.Doc.Text.LineOf(other.Offset)}";
                return [.. none.Take(MaxFindings).Select(c => context.AtOffset(Outcome.Inconclusive, c.Doc, c.Offset,
                    $"{c.Client}: {c.Detail}; {summary}, but {other.What} is set at {at}: a line about timeouts may mean that one"))];
            }

            return [.. none.Take(MaxFindings).Select(c => context.Fail(c.Doc, c.Offset, $"{c.Client}: {c.Detail} ({summary})"))];
        }

        var unknown = calls.Where(c => c.Setting == TimeoutSetting.Unknown).ToList();
        if (unknown.Count > 0)
        {
            return [.. unknown.Take(MaxFindings).Select(c => context.AtOffset(Outcome.Inconclusive, c.Doc, c.Offset,
                $"{c.Client}: {c.Detail}; {set} of {calls.Count} outbound call(s) or client(s) set a timeout"))];
        }

        return [.. calls.Take(MaxFindings).Select(c => context.Pass(c.Doc, c.Offset, $"{c.Client} sets a timeout ({c.Detail})"))];
    }
}
