namespace Scanner.Core.Model;

/// <summary>
/// One thing a probe established, for the judge rather than for people (TRUTH.md §3): about which subject (a control
/// id, or a finer subject such as <c>rate-limit</c> or <c>header:content-security-policy</c>), by which mechanism,
/// where, in what state, over what scope, how surely, and with which values (a limit's maximum and window, a size
/// in bytes). Findings stay what reports show; facts are what checklist lines are judged on, and every finding is
/// also a coarse fact so nothing is lost.
/// </summary>
public sealed record Fact(string ProbeId, string Subject, FactState State)
{
    /// <summary>The library or shape that implements it (<c>express-rate-limit</c>, <c>hand-written</c>).</summary>
    public string? Mechanism { get; init; }

    /// <summary>The component it belongs to (service root and ecosystem), when known.</summary>
    public string? Component { get; init; }

    public SourceLocation? Location { get; init; }

    /// <summary>Where it applies: "site-wide", a route prefix such as "/api/", or "" when unknown.</summary>
    public string Scope { get; init; } = "";

    public Certainty Certainty { get; init; } = Certainty.Positive;

    /// <summary>Values read from configuration, by name (<c>max</c>, <c>windowSeconds</c>, <c>bytes</c>); ordinal keys.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// A wired setting that states one number at a place (a password rule's minimum, a token's lifetime in seconds, an
    /// upload limit in bytes), under the attribute the checklist judge reads it by.
    /// </summary>
    public static Fact Measured(string subject, SourceLocation location, string attribute, double value) => new("", subject, FactState.Wired)
    {
        Location = location,
        Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { [attribute] = value.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    /// <summary>The fact every finding implies, so controls judged on findings keep working beside real facts.</summary>
    public static Fact From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var (state, certainty) = finding.Outcome switch
        {
            Outcome.Pass => (FactState.Wired, Certainty.Positive),
            Outcome.Fail when finding.Location is null => (FactState.Absent, Certainty.ClosedWorldAbsence),
            Outcome.Fail => (FactState.Misconfigured, Certainty.Positive),
            Outcome.Inconclusive => (FactState.Present, Certainty.OpenWorldAbsence),
            _ => (FactState.Absent, Certainty.OpenWorldAbsence),
        };
        return new Fact(finding.ProbeId, finding.Subject ?? finding.ProbeId, state) { Location = finding.Location, Certainty = certainty };
    }
}
