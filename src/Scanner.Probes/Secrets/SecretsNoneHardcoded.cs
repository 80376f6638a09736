using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Secrets;

/// <summary>
/// Every readable file in scope is searched for secret values; each one found fails, already redacted, and with
/// --history so is each secret committed earlier and gone from the working tree. Every candidate passed over is
/// explained in the verbose log (kind, place, reason; never the value).
/// </summary>
public sealed class SecretsNoneHardcoded : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var clean = new List<string>();
        var searched = new List<string>();
        foreach (var doc in context.Documents(path => context.Card.Files.Matches(path) && !IsLockFile(context, path)))
        {
            searched.Add(doc.Path);
            var scan = SecretDetector.Detect(doc.Path, doc.Content, doc.Language);
            Explain(context, doc, scan);
            if (scan.Secrets.Count == 0)
            {
                clean.Add(doc.Path);
            }

            findings.AddRange(scan.Secrets.Select(s => Report(context, doc, s, "hardcoded")));
        }

        var history = HistorySecrets.Run(context, findings);
        if (searched.Count == 0 && history is null)
        {
            return [context.NotApplicable("no readable file to search")];
        }

        if (searched.Count > 0)
        {
            // Also when every file held a secret: if all of them are suppressed, this is what the probe stands on.
            findings.Add(context.Searched(clean.Count > 0 ? clean : searched, $"no secret found in {clean.Count} of {searched.Count} file(s)"));
        }

        if (history is not null)
        {
            findings.Add(history);
        }

        return findings;
    }

    /// <summary>The finding for one secret: its kind and redacted shape, at the confidence the detector gave it.</summary>
    internal static Finding Report(ProbeContext context, SourceDocument doc, DetectedSecret secret, string what)
    {
        var m = secret.Match;
        var redacted = Redactor.Redact(doc.Content.Substring(m.ValueStart, m.ValueLength), m.Kind.VisiblePrefix);
        var note = secret.Context is null ? "" : $" ({secret.Context})";
        // A value below its name (an XML element's own line, a curl option after a line continuation) is reported at
        // the line that names it: the evidence is scrubbed one line at a time, and the value's line alone would not
        // show the redactor what it is.
        var at = doc.Text.LineOf(m.Start) == doc.Text.LineOf(m.ValueStart) ? m.ValueStart : m.Start;
        return context.Fail(doc, at, $"{m.Kind.Name} {what}: {redacted}{note}") with { Confidence = secret.Confidence };
    }

    /// <summary>Verbose-mode reasons for every decision not to report, so a missed secret can be traced.</summary>
    internal static void Explain(ProbeContext context, SourceDocument doc, SecretFileScan scan)
    {
        if (scan.Narrowed is not null)
        {
            context.Log.Debug("{Path}: {Reason}", doc.Path, scan.Narrowed);
        }

        foreach (var rejection in scan.Rejections)
        {
            context.Log.Debug("{Path}:{Line}: {Kind} candidate not reported: {Reason}",
                doc.Path, doc.Text.LineOf(rejection.ValueStart), rejection.Kind.Id, rejection.Reason);
        }

        foreach (var secret in scan.Secrets.Where(s => s.Context is not null))
        {
            context.Log.Debug("{Path}:{Line}: {Kind} reported at {Confidence} confidence: {Reason}",
                doc.Path, doc.Text.LineOf(secret.Match.ValueStart), secret.Match.Kind.Id, secret.Confidence, secret.Context);
        }
    }

    private static bool IsLockFile(ProbeContext context, string path)
    {
        if (!SecretPaths.IsLockFile(path))
        {
            return false;
        }

        context.Log.Debug("{Path}: not searched for secrets: lock file (package names and integrity hashes)", path);
        return true;
    }
}
