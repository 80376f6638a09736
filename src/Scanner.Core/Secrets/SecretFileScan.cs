namespace Scanner.Core.Secrets;

/// <summary>What the detector made of one file: skipped (and why), the secrets, and the candidates passed over.</summary>
public sealed record SecretFileScan(string? SkipReason, string? Narrowed, IReadOnlyList<DetectedSecret> Secrets, IReadOnlyList<SecretRejection> Rejections)
{
    public static SecretFileScan Skipped(string reason) => new(reason, null, [], []);
}
