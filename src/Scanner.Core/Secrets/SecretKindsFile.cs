namespace Scanner.Core.Secrets;

/// <summary>The root of secret-kinds.yaml.</summary>
internal sealed class SecretKindsFile
{
    public List<SecretKindDocument>? Kinds { get; set; }
}
