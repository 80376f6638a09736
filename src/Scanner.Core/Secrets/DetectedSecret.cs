using Scanner.Core.Model;

namespace Scanner.Core.Secrets;

/// <summary>A secret found in a file, with how sure the finding is and, when lowered, why.</summary>
public sealed record DetectedSecret(SecretMatch Match, Confidence Confidence, string? Context);
