namespace Scanner.Core.Secrets;

/// <summary>Where a secret value sits in a text; the value itself is never stored in a finding.</summary>
public sealed record SecretMatch(SecretKind Kind, int Start, int Length, int ValueStart, int ValueLength);
