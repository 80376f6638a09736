namespace Scanner.Core.Model;

/// <summary>What a probe established about a mechanism (TRUTH.md §3).</summary>
public enum FactState
{
    /// <summary>Wired into code that runs: the limiter is registered before the routes.</summary>
    Wired,

    /// <summary>Present in the repository, and whether it runs is not known.</summary>
    Present,

    /// <summary>Present, and nothing reachable uses it: a helper nobody imports.</summary>
    NotWired,

    /// <summary>Not there.</summary>
    Absent,

    /// <summary>There and switched off: <c>contentSecurityPolicy: false</c>.</summary>
    Disabled,

    /// <summary>There and set unsafely or wrongly: <c>origin: '*'</c>, registered after the routes.</summary>
    Misconfigured,

    /// <summary>Only in development code: under <c>IsDevelopment()</c> or <c>if __name__ == "__main__":</c>.</summary>
    DevOnly,
}
