namespace Scanner.Core.Model;

/// <summary>How a fact was established, which decides whether it may refute a claim (TRUTH.md §2).</summary>
public enum Certainty
{
    /// <summary>Seen: a call, a setting, a value.</summary>
    Positive,

    /// <summary>Searched everywhere it could be, and nothing there looks like it: may refute.</summary>
    ClosedWorldAbsence,

    /// <summary>No recognised form, but something that may be a hand-written one: never refutes.</summary>
    OpenWorldAbsence,
}
