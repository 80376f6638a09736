namespace Scanner.Checklist.Parsing;

/// <summary>
/// The bound that lets the checklist's phrase, status and summary patterns run on the backtracking interpreter
/// (free to build, where a non-backtracking automaton of a long phrase list costs tens of milliseconds): they only
/// read one line of at most <see cref="MaxLength"/> characters, and the timeout backs that bound.
/// </summary>
internal static class LineBounds
{
    public const int MaxLength = 2000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);
}
