namespace Scanner.Probes.Ci;

/// <summary>
/// One line a CI step runs (or one action it uses), at its exact line; whether a failure of it fails the build
/// (not when the step or job has continue-on-error / allow_failure, or the line swallows errors with <c>|| true</c>),
/// and whether its workflow runs on its own (push, pull request, schedule) rather than only by hand.
/// </summary>
public sealed record CiCommand(CiFile File, int Line, string Text, string? Uses, string? NotEnforced, bool Automatic, string WorkingDirectory);
