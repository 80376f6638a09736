using Scanner.Core.Model;
using Scanner.Core.Rules;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Serilog;

namespace Scanner.Core.Engine;

/// <summary>
/// What a probe gets: the workspace, its own card, a logger and cancellation; and the only way to make findings,
/// so evidence and messages are redacted at the moment a finding is created.
/// </summary>
public sealed class ProbeContext(Workspace workspace, ProbeCard card, ILogger log, CancellationToken cancellation)
{
    private const int MaxEvidenceLength = 200;

    public Workspace Workspace { get; } = workspace;

    public ProbeCard Card { get; } = card;

    public ProbeInfo Info => Card.Info;

    public ILogger Log { get; } = log;

    public CancellationToken Cancellation { get; } = cancellation;

    private readonly List<Fact> _facts = [];

    /// <summary>The facts emitted so far, in emission order.</summary>
    public IReadOnlyList<Fact> Facts
    {
        get
        {
            lock (_facts)
            {
                return [.. _facts];
            }
        }
    }

    /// <summary>
    /// Records a fact for the checklist judge (a limiter's maximum and window, a size limit in bytes), stamped with
    /// this probe's id. Facts carry no free text from the repository; values are numbers or names the probe chose.
    /// </summary>
    public void Emit(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        lock (_facts)
        {
            _facts.Add(fact with { ProbeId = Info.Id });
        }
    }

    /// <summary>
    /// Records <paramref name="fact"/> only when one of the probe's <paramref name="findings"/> passes at its place: a
    /// number read from a rule that is not wired in says nothing about what runs.
    /// </summary>
    public void EmitWherePassed(IReadOnlyList<Finding> findings, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Location is { } at && findings.Any(f => f.Outcome == Outcome.Pass && f.Location?.Path == at.Path && f.Location.Line == at.Line))
        {
            Emit(fact);
        }
    }

    /// <summary>The file most recently handed to the probe by <see cref="Documents()"/>: the one to name if the probe fails on it.</summary>
    public string? CurrentPath { get; private set; }

    /// <summary>The readable files the card's <c>files</c>/<c>exclude</c> globs select, in path order.</summary>
    public IEnumerable<SourceDocument> Documents()
    {
        foreach (var file in Workspace.Select(Card.Files.Key, Card.Files.Matches))
        {
            Cancellation.ThrowIfCancellationRequested();
            if (Workspace.Read(file) is { } doc)
            {
                CurrentPath = doc.Path;
                yield return doc;
            }
        }
    }

    public IEnumerable<SourceDocument> Documents(Func<string, bool> pathFilter)
    {
        foreach (var file in Workspace.Files)
        {
            Cancellation.ThrowIfCancellationRequested();
            if (pathFilter(file.Path) && Workspace.Read(file) is { } doc)
            {
                CurrentPath = doc.Path;
                yield return doc;
            }
        }
    }

    public Finding Pass(SourceDocument doc, int offset, string message) => AtOffset(Outcome.Pass, doc, offset, message);

    public Finding Fail(SourceDocument doc, int offset, string message) => AtOffset(Outcome.Fail, doc, offset, message);

    public Finding AtOffset(Outcome outcome, SourceDocument doc, int offset, string message)
    {
        var line = doc.Text.LineOf(offset);
        return AtLine(outcome, doc, line, message, doc.Text.ColumnOf(offset));
    }

    public Finding AtLine(Outcome outcome, SourceDocument doc, int line, string message, int column = 0)
    {
        var anchor = Anchor(doc.Text.Line(line).Trim().ToString(), doc.Language);
        return new Finding(Info.Id, outcome, Redactor.ScrubQuoted(message, doc.Language), new SourceLocation(doc.Path, line, column), Shown(anchor, doc.Language))
        {
            AnchorText = anchor,
        };
    }

    /// <summary>A finding about a whole file (line 0), e.g. a required pattern missing from it.</summary>
    public Finding AtFile(Outcome outcome, string path, string message) =>
        new(Info.Id, outcome, Redactor.ScrubQuoted(message, LanguageDetector.Detect(path)), new SourceLocation(path, 0));

    /// <summary>
    /// A finding at a line of a file the workspace may not hold (a checklist named with <c>--checklist</c> outside
    /// the target), with the line's text as evidence; both are scrubbed like any other.
    /// </summary>
    public Finding AtPlace(Outcome outcome, string path, int line, string lineText, string message)
    {
        var language = LanguageDetector.Detect(path);
        var anchor = Anchor(lineText.Trim(), language);
        return new Finding(Info.Id, outcome, Redactor.ScrubQuoted(message, language), new SourceLocation(path, line), Shown(anchor, language)) { AnchorText = anchor };
    }

    /// <summary>A failure with no place to point at, such as something required that exists nowhere.</summary>
    /// <summary>
    /// A pass that rests on an absence across the files searched (nothing wrong in any of them): located at the first
    /// of them in path order, so the pass points at a file that was checked while its message says how many were;
    /// the whole tree (".") only when no path is given.
    /// </summary>
    public Finding Searched(IEnumerable<string> paths, string message) =>
        AtFile(Outcome.Pass, paths.Order(StringComparer.Ordinal).FirstOrDefault() ?? ".", message);

    public Finding Missing(string message) => new(Info.Id, Outcome.Fail, Redactor.Scrub(message));

    public Finding NotApplicable(string message) => new(Info.Id, Outcome.NotApplicable, Redactor.Scrub(message));

    public Finding Inconclusive(string message, SourceLocation? location = null) =>
        new(Info.Id, Outcome.Inconclusive, Redactor.ScrubQuoted(message, location is null ? Language.Other : LanguageDetector.Detect(location.Path)), location);

    /// <summary>The line scrubbed and clipped: what fingerprints are built from, unchanged by the credential mask.</summary>
    private static string Anchor(string line, Language language) => Clip(Redactor.ScrubQuoted(line, language));

    /// <summary>
    /// The anchor with every credential-named value masked, as printed. Masked after clipping, so the mask runs on a
    /// clipped line however long the source line is, and fingerprints stay what they were before masking.
    /// </summary>
    private static string Shown(string anchor, Language language) => CredentialValues.Mask(anchor, language);

    private static string Clip(string evidence) =>
        evidence.Length <= MaxEvidenceLength ? evidence : string.Concat(evidence.AsSpan(0, MaxEvidenceLength), "…");
}
