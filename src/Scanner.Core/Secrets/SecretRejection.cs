namespace Scanner.Core.Secrets;

/// <summary>A candidate the scanner did not report, where it was and why: the value itself is not kept.</summary>
public sealed record SecretRejection(SecretKind Kind, int ValueStart, string Reason);
