using System.Globalization;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Core.Engine;

/// <summary>
/// A team's decision, written in a config file, that one probe's failures under some paths are accepted: the
/// reason is required, and past <see cref="Until"/> the suppression stops applying (a note says so).
/// <c>*</c> as the probe id covers every probe.
/// </summary>
public sealed record PathSuppression(string ProbeId, IReadOnlyList<Glob> Paths, string Reason, DateOnly? Until, string Source, int Line)
{
    public const string AnyProbe = "*";

    public static Finding Apply(Finding finding, IReadOnlyList<PathSuppression> suppressions, DateOnly today)
    {
        if (suppressions.Count == 0 || finding is not { Outcome: Outcome.Fail, IsSuppressed: false, Location.Path: { Length: > 0 } path } || path == ".")
        {
            return finding;
        }

        var match = suppressions.FirstOrDefault(s => (s.ProbeId == AnyProbe || s.ProbeId == finding.ProbeId) && !(s.Until < today) && s.Paths.Any(g => g.IsMatch(path)));
        if (match is null)
        {
            return finding;
        }

        var until = match.Until is { } day ? string.Create(CultureInfo.InvariantCulture, $" (until {day:yyyy-MM-dd})") : "";
        return finding with { Suppression = new Suppression("config", $"{match.Reason}{until}", new SourceLocation(match.Source, match.Line)) };
    }
}
