using Scanner.Checklist.Claims;
using Scanner.Checklist.Claims.Artifacts;
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

    public ChecklistReport Reconcile(IReadOnlyList<ChecklistFile> files, ScanResult scan, RepositoryLookup? repository = null)
    {
        var artifacts = repository is null ? null : new ArtifactJudge(repository);
        var probes = ControlJudge.InProduction(scan.Probes.ToDictionary(p => p.Probe.Id, StringComparer.Ordinal), scan.Components);
        var facts = scan.Probes.SelectMany(p => p.Facts).ToList();
        var judged = new Dictionary<string, ControlJudgement>(StringComparer.Ordinal);
        var onLines = LineJudges.From(catalog, scan);
        var lines = new JudgedLines(files);
        // Lines with the same matches, scope and claim are judged alike: they share one judged line but their item.
        var alike = new Dictionary<(IReadOnlyList<ControlMatch>, string, Claim), int>();
        var deployments = files.Select(f => NamedDeployments.In(f, repository?.Workspace)).ToList();
        foreach (var (file, index, item) in files.SelectMany((f, file) => f.Document.Items.Select((item, index) => (file, index, item))))
        {
            var matches = _matcher.Match(item.Text, item.ControlTag);

            // Most lines of a long checklist match nothing: read a line's scope only when a control needs judging.
            var scope = matches.Count > 0 ? LineScope.Of(item) with { Deployments = deployments[file] } : LineScope.Unscoped;
            var own = onLines.For(item).ToList();
            var kind = (matches, scope.Key, item.Claim);

            // What the line names is its own: a line with qualifiers is judged by itself, never like another.
            IReadOnlyList<Qualifier> qualifiers =
            [
                .. artifacts?.Judge(item, matches.Any(m => !m.MatchedBy.StartsWith("keywords:", StringComparison.Ordinal)), matches.Count > 0 ? scope : null) ?? [],
                .. matches.Count > 0 ? QuantityJudge.Judge(item.Text, facts) : [],
                .. matches.Count > 0 ? SharedStateJudge.Judge(item.Text) : [],
                .. matches.Count > 0 ? RelationJudge.Judge(item.Text) : [],
                .. matches.Count > 0 ? StandardJudge.Judge(item.Text) : [],
                .. matches.Count > 0 ? TuningJudge.Judge(item.Text) : [],
            ];
            var shareable = own.Count == 0 && item.ControlTag is null && qualifiers.Count == 0;
            if (shareable && alike.TryGetValue(kind, out var same))
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
            var line = Line(item, matches, judgements, qualifiers) with { ProbeGaps = [.. judgements.Select(j => j.Gap).OfType<ProbeGap>()], Qualifiers = qualifiers };
            line = item.ControlTag is { } tag && catalog.Find(tag) is null
                ? line with { Reason = $"tag '{tag}' names no known control, so the text was matched instead; {line.Reason}" }
                : line;
            var id = lines.Add(file, index, line);
            if (shareable)
            {
                alike[kind] = id;
            }
        }

        return new ChecklistReport(files, lines);
    }

    private static ReconciledLine Line(ChecklistItem item, IReadOnlyList<ControlMatch> matches, List<ControlJudgement> judgements, IReadOnlyList<Qualifier> qualifiers)
    {
        var byControls = Line(item, matches, judgements);
        return qualifiers.Count == 0 ? byControls : WithQualifiers(item, matches, byControls, qualifiers);
    }

    /// <summary>
    /// The line as the conjunction of its parts: a named artifact that is positively not there makes it unmet
    /// whatever the controls say; all parts met make it met when its controls are met, or when they only guessed at
    /// the line from keywords and could not decide; a number the line states that the code does not is unknown, so
    /// the line is no more than unknown (a file that exists says only where the work is, so it alone never
    /// confirms a line the controls could not); otherwise the controls' verdict stands. A variable a library may
    /// read by itself never holds a line back.
    /// </summary>
    private static ReconciledLine WithQualifiers(ChecklistItem item, IReadOnlyList<ControlMatch> matches, ReconciledLine byControls, IReadOnlyList<Qualifier> qualifiers)
    {
        var unmet = qualifiers.Where(q => q.Verdict == Verdict.Unmet).ToList();
        var deciding = qualifiers.Where(q => q.Verdict != Verdict.Unknown || q.Kind != "env-var").ToList();
        var allMet = deciding.Count > 0 && deciding.TrueForAll(q => q.Verdict == Verdict.Met) && deciding.Exists(q => q.StandsForLine);
        var guessed = matches.All(m => m.MatchedBy.StartsWith("keywords:", StringComparison.Ordinal));
        var unstated = qualifiers.Where(q => q is { Verdict: Verdict.Unknown, HoldsLineBack: true }).ToList();
        var (verdict, parts) =
            unmet.Count > 0 ? (Verdict.Unmet, unmet)
            : unstated.Count > 0 && byControls.Verdict == Verdict.Met ? (Verdict.Unknown, unstated)
            : allMet && (matches.Count == 0 || byControls.Verdict == Verdict.Met || (byControls.Verdict == Verdict.Unknown && guessed && deciding.Exists(q => q.Kind != "file"))) ? (Verdict.Met, deciding)
            : (byControls.Verdict, []);
        if (parts.Count == 0)
        {
            // Parts that could not decide the line still say what was seen.
            var seen = string.Join("; ", qualifiers.Select(q => $"{q.Text}: {q.Reason}"));
            return byControls with { Reason = matches.Count == 0 ? $"named in the line: {seen}" : $"{byControls.Reason}; named in the line: {seen}" };
        }

        var said = string.Join("; ", parts.Select(q => $"{q.Text}: {q.Reason}"));
        var reason = matches.Count == 0 ? $"named in the line: {said}" : $"named in the line: {said}; {byControls.Reason}";
        var evidence = parts.SelectMany(q => q.Evidence).Concat(verdict == byControls.Verdict ? byControls.Evidence : []).Distinct().ToList();
        return byControls with { Verdict = verdict, Status = StatusTable.StatusOf(item.Claim, verdict, false), Evidence = evidence, Reason = reason };
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
