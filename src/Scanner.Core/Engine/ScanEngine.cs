using Scanner.Core.Components;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Rules;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Serilog;

namespace Scanner.Core.Engine;

/// <summary>
/// Runs the enabled probes over a workspace in parallel, turns a throwing probe into one Inconclusive finding,
/// applies suppressions, sorts, fingerprints and aggregates. It never formats: writers do that.
/// </summary>
public sealed class ScanEngine(ProbeCatalog catalog, ILogger log)
{
    public ScanResult Run(Workspace workspace, ScanOptions options, CancellationToken cancellation = default)
    {
        var cards = catalog.Enabled.Where(c => (options.Only is null || options.Only.Contains(c.Id)) && !options.Skip.Contains(c.Id)).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellation };
        var clock = Stopwatch.StartNew();
        var (read, bytes) = workspace.ReadAll(parallel);
        var generated = workspace.Generated.Count;
        options.Timings?.Record("read", clock.Elapsed, string.Create(CultureInfo.InvariantCulture, $"{read} files, {bytes / 1024.0:0} KiB of text, {generated} generated or vendored"));
        BuildShared(workspace, cards, options, parallel);
        clock.Restart();
        var results = new ConcurrentBag<ProbeResult>();
        var done = 0;
        Parallel.ForEach(cards, parallel, card =>
        {
            var own = Stopwatch.StartNew();
            results.Add(RunProbe(card, workspace, cancellation, options));
            options.Timings?.AddProbe(card.Info.Ecosystem, card.Id, own.Elapsed);
            options.ProbeDone?.Invoke(Interlocked.Increment(ref done), cards.Count);
        });
        options.Timings?.Record("probes", clock.Elapsed, $"{cards.Count} probes on {parallel.MaxDegreeOfParallelism} threads");
        var probes = results.OrderBy(r => r.Probe.Id, StringComparer.Ordinal).ToList();
        SuppressionAudit.Check(workspace, catalog, options.Today);
        foreach (var expired in options.Suppressions.Where(s => s.Until < options.Today))
        {
            workspace.AddNote(new ScanNote(expired.Source, SuppressionAudit.NoteKind, string.Create(
                CultureInfo.InvariantCulture, $"line {expired.Line}: the suppression of {expired.ProbeId} expired on {expired.Until:yyyy-MM-dd}: the findings it covered count again")) { Line = expired.Line });
        }

        var components = ComponentMap.For(workspace);
        probes = [.. probes.Select(p => p with { Findings = [.. p.Findings.Select(f => f.Location is { } at && ComponentMap.Of(components, at.Path) is { } c ? f with { Component = c.Root } : f)] })];
        return new ScanResult(options.ToolVersion, workspace.Root, workspace.Git, workspace.Files.Count, probes, workspace.Notes) { Components = components, Generated = workspace.Generated };
    }

    private void BuildShared(Workspace workspace, List<ProbeCard> cards, ScanOptions options, ParallelOptions parallel)
    {
        var ecosystems = cards.Select(c => c.Info.Ecosystem).ToHashSet(StringComparer.Ordinal);
        var wanted = options.SharedAnalyses.Where(a => ecosystems.Contains(a.Ecosystem)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        Parallel.ForEach(wanted, parallel, analysis =>
        {
            FileBudget.Use(options.FileBudget);
            try
            {
                analysis.Build(GeneratedCode.ReadBy(analysis.Ecosystem) ? workspace : workspace.OwnCode, parallel);
            }
            catch (Exception e) when (e is not OperationCanceledException || !parallel.CancellationToken.IsCancellationRequested)
            {
                // The cache keeps the failure: each probe that reads it meets it and reports it as it always has.
                log.Debug("Shared {Analysis} failed: {Type}", analysis.Name, e.GetType().Name);
            }
            finally
            {
                FileBudget.Clear();
            }
        });
        options.Timings?.Record("parse", clock.Elapsed, string.Join(", ", wanted.Select(a => a.Name)));
    }

    public ProbeResult RunProbe(ProbeCard card, Workspace workspace, CancellationToken cancellation, ScanOptions? options = null)
    {
        options ??= new ScanOptions();
        var view = GeneratedCode.ReadBy(card.Info.Ecosystem) ? workspace : workspace.OwnCode;
        var context = new ProbeContext(view, card, log.ForContext("Probe", card.Id), cancellation);
        List<Finding> findings;
        FileBudget.Use(options.FileBudget);
        try
        {
            findings = RunGuarded(card, context);
        }
        catch (RegexMatchTimeoutException e)
        {
            findings = [TimedOut(context, workspace, e)];
        }
        catch (WorkBudgetException e)
        {
            findings = [OverBudget(context, workspace, e)];
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // Only the file budget cancels besides the caller: a parser that took its token stopped on the file.
            findings = [OverBudget(context, workspace, FileBudget.Exceeded(context.CurrentPath))];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.Error("Probe {Probe} failed: {Type}: {Error}", card.Id, e.GetType().Name, Redactor.Scrub(e.Message));
            log.Debug("Probe {Probe} stack: {Stack}", card.Id, Redactor.Scrub(e.ToString()));
            findings = [context.Inconclusive($"probe failed ({e.GetType().Name}); other probes ran. Run with -v for the stack.")];
        }
        finally
        {
            FileBudget.Clear();
        }

        var ignore = IgnoreFile.Load(workspace, log);
        var sorted = InlineSuppressions.Apply(findings.Select(f => PathSuppression.Apply(ByPath(f, ignore, context.Log), options.Suppressions, options.Today)).ToList(), workspace, card.Info, options.Today, context.Log)
            .OrderBy(f => f.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line ?? 0)
            .ThenBy(f => f.Location?.Column ?? 0)
            .ThenBy(f => f.Outcome)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            // The same outcome, place and words twice (two code paths reaching one nginx server block) is one finding.
            .DistinctBy(f => (f.Outcome, f.Location, f.Message, f.Suppression))
            .ToList();
        var fingerprinted = Fingerprinter.Assign(sorted).Select(f => ByFingerprint(f, ignore, options.Baseline, context.Log)).ToList();
        return new ProbeResult(card.Info, Aggregator.Aggregate(fingerprinted), fingerprinted)
        {
            Summary = FindingSummary.Of(fingerprinted),
            Facts = [.. context.Facts, .. fingerprinted.Where(f => !f.IsSuppressed).Select(Fact.From)],
        };
    }

    /// <summary>
    /// Runs the probe on its patterns compiled at build time; when one of them runs past its timeout (input that
    /// makes backtracking slow), runs it again with every pattern on its non-backtracking twin: the same matches,
    /// linear whatever the input.
    /// </summary>
    private List<Finding> RunGuarded(ProbeCard card, ProbeContext context)
    {
        try
        {
            return [.. catalog.Create(card).Run(context)];
        }
        catch (RegexMatchTimeoutException e)
        {
            log.Debug("Probe {Probe}: a compiled pattern ran past {Timeout} on {Path}; running it on non-backtracking patterns", card.Id, e.MatchTimeout, context.CurrentPath);
            return LinearRegex.InSafeMode(() => catalog.Create(card).Run(context).ToList());
        }
    }

    /// <summary>A pattern that ran past its match timeout is the per-file time budget being hit: named, not a crash.</summary>
    private Finding TimedOut(ProbeContext context, Workspace workspace, RegexMatchTimeoutException e)
    {
        var path = context.CurrentPath;
        var budget = string.Create(CultureInfo.InvariantCulture, $"{e.MatchTimeout.TotalMilliseconds:0} ms");
        log.Warning("Probe {Probe} ran past its {Budget} time budget on {Path}", context.Info.Id, budget, path ?? "(no file)");
        workspace.AddNote(new ScanNote(path ?? "", "time-budget", $"{context.Info.Id}: a pattern ran past its {budget} budget on this file; the probe could not judge it"));
        return context.Inconclusive(
            $"a pattern ran past its {budget} time budget on {path ?? "a file"}; this probe's result is unknown, other probes ran",
            path is null ? null : new SourceLocation(path, 0));
    }

    /// <summary>A file past a parser's work bound: the same Inconclusive and time-budget note as a pattern timeout.</summary>
    private Finding OverBudget(ProbeContext context, Workspace workspace, WorkBudgetException e)
    {
        var path = e.Path ?? context.CurrentPath;
        log.Warning("Probe {Probe} did not judge {Path}: {Reason}", context.Info.Id, path ?? "(no file)", e.Reason);
        workspace.AddNote(new ScanNote(path ?? "", "time-budget", $"{context.Info.Id}: {e.Reason}; the probe could not judge it"));
        return context.Inconclusive(
            $"{path ?? "a file"} is past the work bound ({e.Reason}); this probe's result is unknown, other probes ran",
            path is null ? null : new SourceLocation(path, 0));
    }

    private static Finding ByPath(Finding finding, IgnoreFile ignore, ILogger log) =>
        finding is { Outcome: Outcome.Fail, IsSuppressed: false } && ignore.ForPath(finding) is { } suppression
            ? Suppressed(finding, suppression, log)
            : finding;

    /// <summary>Fingerprints exist only after sorting, so .readyscanignore fingerprints and the baseline apply last.</summary>
    private static Finding ByFingerprint(Finding finding, IgnoreFile ignore, IReadOnlySet<string>? baseline, ILogger log)
    {
        if (finding is not { Outcome: Outcome.Fail, IsSuppressed: false })
        {
            return finding;
        }

        if (ignore.ForFingerprint(finding) is { } listed)
        {
            return Suppressed(finding, listed, log);
        }

        return baseline?.Contains(finding.Fingerprint) == true
            ? Suppressed(finding, new Suppression("baseline", "in the baseline report: not a new finding", null), log)
            : finding;
    }

    private static Finding Suppressed(Finding finding, Suppression suppression, ILogger log)
    {
        log.Debug("{Probe} {Location}: suppressed ({Kind}): {Reason}", finding.ProbeId, finding.Location?.ToString() ?? "(project)", suppression.Kind, suppression.Justification);
        return finding with { Suppression = suppression };
    }
}
