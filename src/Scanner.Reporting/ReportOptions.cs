namespace Scanner.Reporting;

/// <summary>How the caller wants a report laid out; each writer reads only what concerns it.</summary>
public sealed record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    /// <summary>Console: ANSI colour (the caller decides: a terminal, and NO_COLOR unset).</summary>
    public bool Color { get; init; }

    /// <summary>Console: only what needs action (false claims, contradictions, failing probes) and the summary line.</summary>
    public bool Quiet { get; init; }

    /// <summary>What <c>--show</c> can add to the console: passing, not-applicable and inconclusive probes, confirmed and unverifiable checklist lines, every finding with its evidence line, passed-over paths, each advisory probe's finding, or all.</summary>
    public static readonly string[] ShowKinds = ["pass", "na", "inconclusive", "confirmed", "evidence", "notes", "advice", "all"];

    /// <summary>Console: what to list beyond what needs action (the rest is counted); see <see cref="ShowKinds"/>.</summary>
    public IReadOnlySet<string> Show { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the console lists <paramref name="kind"/> (<c>--show kind</c> or <c>--show all</c>).</summary>
    public bool Shows(string kind) => Show.Contains(kind) || Show.Contains("all");

    /// <summary>SARIF: also emit passing, inconclusive and not-applicable findings (kind pass, review, notApplicable).</summary>
    public bool SarifPasses { get; init; }

    /// <summary>
    /// SARIF: at most this many results. GitHub code scanning shows the first 5,000 of a run and rejects a run above
    /// 25,000; past the cap the lowest levels are left out first and a notification says how many.
    /// </summary>
    public int SarifMaxResults { get; init; } = 5000;

    /// <summary>Markdown: prefix for evidence links (e.g. a repository's blob URL at the scanned commit, ending in '/').</summary>
    public string? LinkBase { get; init; }
}
