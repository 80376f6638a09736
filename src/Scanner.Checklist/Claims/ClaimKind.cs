namespace Scanner.Checklist.Claims;

/// <summary>What a line says was done with its subject (TRUTH.md §3).</summary>
public enum ClaimKind
{
    /// <summary>The mechanism exists and runs: "CSRF helper implemented", "Rate limiting on login".</summary>
    Implements,

    /// <summary>Tests of the subject exist: "Test CORS configuration", "Unit tests for the limiter".</summary>
    TestsOf,

    /// <summary>The subject is written down: "Deployment documented", "Runbook for backups".</summary>
    Documents,
}
