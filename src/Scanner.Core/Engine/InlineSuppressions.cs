using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Serilog;

namespace Scanner.Core.Engine;

/// <summary>
/// Honours <c>readyscan:ignore &lt;probe-id&gt;[ until YYYY-MM-DD] -- &lt;reason&gt;</c> on a failing line or the line
/// above it. The reason is required; a marker without one does not suppress, and one past its date stops working
/// and says so in the finding. Secret probes also honour their peers' markers on the line itself (gitleaks:allow,
/// pragma: allowlist secret, nosec) and detect-secrets' <c>pragma: allowlist nextline secret</c> above it.
/// Suppressed findings stay in the report.
/// </summary>
public static partial class InlineSuppressions
{
    private const string SecretsEcosystem = "secrets";

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, Workspace workspace, ProbeInfo probe, DateOnly today, ILogger log)
    {
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            result.Add(finding is { Outcome: Outcome.Fail, IsSuppressed: false, Location: { Line: > 0 } location } && workspace.Read(location.Path) is { } doc
                ? Decide(finding, doc, probe, today, workspace, log)
                : finding);
        }

        return result;
    }

    private static Finding Decide(Finding finding, SourceDocument doc, ProbeInfo probe, DateOnly today, Workspace workspace, ILogger log)
    {
        var location = finding.Location!;
        for (var line = location.Line; line >= Math.Max(1, location.Line - 1); line--)
        {
            var text = doc.Text.Line(line).ToString();
            if (text.Contains("readyscan:ignore", StringComparison.Ordinal) && MarkerOn(text, doc.Path, line, workspace) is { Success: true } match
                && match.Groups["ids"].Value.Split(',').Contains(finding.ProbeId, StringComparer.Ordinal))
            {
                return Own(finding, match, location with { Line = line, Column = 0 }, today, log);
            }

            if (probe.Ecosystem == SecretsEcosystem && PeerMarker(text, sameLine: line == location.Line) is { } peer)
            {
                log.Debug("{Probe} {Location}: suppressed by the peer marker {Marker} at line {Line}", finding.ProbeId, location, peer, line);
                return finding with { Suppression = new Suppression(peer, $"marked {peer} (a peer scanner's marker)", location with { Line = line, Column = 0 }) };
            }
        }

        return finding;
    }

    private static Finding Own(Finding finding, Match match, SourceLocation at, DateOnly today, ILogger log)
    {
        var reason = match.Groups["reason"].Value.Trim();
        if (match.Groups["until"] is not { Success: true } until)
        {
            log.Debug("{Probe} {Location}: suppressed at line {Line}: {Reason}", finding.ProbeId, finding.Location, at.Line, reason);
            return finding with { Suppression = new Suppression("inline", reason, at) };
        }

        if (!DateOnly.TryParseExact(until.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            log.Warning("{Probe} {Location}: suppression at line {Line} has an invalid date {Until}; it does not apply", finding.ProbeId, finding.Location, at.Line, until.Value);
            return finding with { Message = $"{finding.Message} (the suppression at line {at.Line} has an invalid date {until.Value}, so it does not apply)" };
        }

        if (date < today)
        {
            log.Warning("{Probe} {Location}: suppression at line {Line} expired on {Until}; the finding counts again", finding.ProbeId, finding.Location, at.Line, until.Value);
            return finding with { Message = $"{finding.Message} (the suppression at line {at.Line} expired on {until.Value})" };
        }

        log.Debug("{Probe} {Location}: suppressed until {Until} at line {Line}: {Reason}", finding.ProbeId, finding.Location, until.Value, at.Line, reason);
        return finding with { Suppression = new Suppression("inline", $"{reason} (until {until.Value})", at) };
    }

    /// <summary>
    /// The marker regex backtracks, so a hostile line (a marker followed by a megabyte of spaces) can run out of its
    /// time budget: the marker then does not apply and a note names the line, instead of the whole scan failing.
    /// </summary>
    private static Match? MarkerOn(string text, string path, int line, Workspace workspace)
    {
        try
        {
            return Marker().Match(text);
        }
        catch (RegexMatchTimeoutException e)
        {
            workspace.AddNote(new ScanNote(
                path, "time-budget", string.Create(CultureInfo.InvariantCulture, $"the readyscan:ignore marker on line {line} could not be read within {e.MatchTimeout.TotalMilliseconds:0} ms; it was not applied")));
            return null;
        }
    }

    private static string? PeerMarker(string text, bool sameLine)
    {
        if (!sameLine)
        {
            return text.Contains("pragma: allowlist nextline secret", StringComparison.OrdinalIgnoreCase) ? "pragma: allowlist nextline secret" : null;
        }

        return text.Contains("gitleaks:allow", StringComparison.OrdinalIgnoreCase) ? "gitleaks:allow"
            : text.Contains("pragma: allowlist secret", StringComparison.OrdinalIgnoreCase) ? "pragma: allowlist secret"
            : NoSec().IsMatch(text) ? "nosec"
            : null;
    }

    [GeneratedRegex(@"readyscan:ignore\s+(?<ids>[a-z0-9,-]+)(?:\s+until\s+(?<until>\S+))?\s+--\s*(?<reason>\S.*?)\s*(?:\*/|-->)?\s*$", RegexOptions.None, 100)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?i)(?:^|[^a-z0-9_])nosec(?:[^a-z0-9_]|$)", RegexOptions.None, 100)]
    private static partial Regex NoSec();
}
