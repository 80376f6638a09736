namespace Scanner.Reporting;

/// <summary>How the caller wants a report laid out; each writer reads only what concerns it.</summary>
public sealed record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    /// <summary>Console: ANSI colour (the caller decides: a terminal, and NO_COLOR unset).</summary>
    public bool Color { get; init; }

    /// <summary>Console: only what needs action (false claims, contradictions, failing probes) and the summary line.</summary>
    public bool Quiet { get; init; }

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
