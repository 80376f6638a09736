using Scanner.Checklist.Claims;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Matching;
using Scanner.Checklist.Parsing;
using Scanner.Core.Model;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// Judges every checklist line: match it to controls, read the line's scope (<see cref="LineScope"/>: what it
/// quantifies over, which stacks and calls it names), decide each control for that scope from the probes, combine
/// (any unmet makes the line unmet; all met makes it met; all not-applicable, not applicable; else unknown), then
/// apply the truth table to the line's claim. A control the line names by keywords alone can ask for review but
/// never make the line a false claim.
/// </summary>
public sealed class Reconciler(ControlCatalog catalog)
{
    private readonly ControlMatcher _matcher = new(catalog);

    public ChecklistReport Reconcile(IReadOnlyList<ChecklistFile> files, ScanResult scan)
    {
        var probes = scan.Probes.ToDictionary(p => p.Probe.Id, StringComparer.Ordinal);
        var judged = new Dictionary<string, ControlJudgement>(StringComparer.Ordinal);
        var onLines = LineJudges.From(catalog, scan);
        var lines = new JudgedLines(files);
        // Lines with the same matches, scope and claim are judged alike: they share one judged line but their item.
        var alike = new Dictionary<(IReadOnlyList<ControlMatch>, string, Claim), int>();
        foreach (var (file, index, item) in files.SelectMany((f, file) => f.Document.Items.Select((item, index) => (file, index, item))))
        {
            var matches = _matcher.Match(item.Text, item.ControlTag);

            // Most lines of a long checklist match nothing: read a line's scope only when a control needs judging.
            var scope = matches.Count > 0 ? LineScope.Of(item) : LineScope.Unscoped;
            var own = onLines.For(item).ToList();
            var kind = (matches, scope.Key, item.Claim);
            if (own.Count == 0 && item.ControlTag is null && alike.TryGetValue(kind, out var same))
            {
                lines.AddAlike(file, index, same);
                continue;
            }

            var judgements = matches
                .Select(m => catalog.Find(m.ControlId))
                .OfType<Control>()
                .Select(c =>
                {
                    var key = $"{c.Id}|{scope.Key}";
                    return judged.TryGetValue(key, out var j) ? j : judged[key] = ControlJudge.Judge(c, probes, scope);
                })
                .ToList();
            own.RemoveAll(l => judgements.Exists(j => j.ControlId == l.ControlId));
            judgements.AddRange(own);
            matches = own.Count == 0 ? matches : [.. matches, .. own.Select(l => new ControlMatch(l.ControlId, "finding on this line", 1.0))];
            var line = Line(item, matches, judgements) with { ProbeGaps = [.. judgements.Select(j => j.Gap).OfType<ProbeGap>()] };
            line = item.ControlTag is { } tag && catalog.Find(tag) is null
                ? line with { Reason = $"tag '{tag}' names no known control, so the text was matched instead; {line.Reason}" }
                : line;
            var id = lines.Add(file, index, line);
            if (own.Count == 0 && item.ControlTag is null)
            {
                alike[kind] = id;
            }
        }

        return new ChecklistReport(files, lines);
    }

    private static ReconciledLine Line(ChecklistItem item, IReadOnlyList<ControlMatch> matches, List<ControlJudgement> judgements)
    {
        if (judgements.Count == 0)
        {
            var status = StatusTable.StatusOf(item.Claim, Verdict.Unknown, false);
            return new ReconciledLine(item, matches, Verdict.Unknown, status, [], "names no control ReadyScan knows: not machine-verifiable");
        }

        var unmet = judgements.Where(j => j.Verdict == Verdict.Unmet).ToList();
        var (verdict, deciding) =
            unmet.Count > 0 ? (Verdict.Unmet, unmet)
            : judgements.All(j => j.Verdict == Verdict.NotApplicable) ? (Verdict.NotApplicable, judgements)
            : judgements.All(j => j.Verdict is Verdict.Met or Verdict.NotApplicable) ? (Verdict.Met, judgements.Where(j => j.Verdict == Verdict.Met).ToList())
            : (Verdict.Unknown, judgements);
        // A control matched by keywords alone is a guess at what the line says: it can ask for review, never
        // call the line false.
        var guessed = verdict == Verdict.Unmet && deciding.All(j => matches.Any(m => m.ControlId == j.ControlId && m.MatchedBy.StartsWith("keywords:", StringComparison.Ordinal)));
        var low = guessed || (verdict is Verdict.Met or Verdict.Unmet && deciding.All(j => j.LowConfidenceOnly));
        var reason = string.Join("; ", deciding.Select(j => $"{j.ControlId}: {j.Reason}"))
            + (guessed ? "; the line names this control by keywords only, so the evidence asks for review instead of calling it false" : "");
        var evidence = deciding.SelectMany(j => j.Evidence).Distinct().ToList();
        return new ReconciledLine(item, matches, verdict, StatusTable.StatusOf(item.Claim, verdict, low), evidence, reason);
    }
}
