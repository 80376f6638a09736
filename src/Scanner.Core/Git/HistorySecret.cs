using Scanner.Core.Secrets;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Git;

/// <summary>
/// A secret on a line a commit added. <see cref="Document"/> is that version of the file (for the evidence line);
/// <see cref="InHead"/> says whether HEAD's version of the path still holds the value.
/// </summary>
public sealed record HistorySecret(HistoryCommit Commit, SourceDocument Document, DetectedSecret Secret, bool InHead);
