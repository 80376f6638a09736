namespace Scanner.Core.Secrets;

/// <summary>A structural check a match must pass beyond its regex.</summary>
public enum SecretValidation
{
    None,

    /// <summary>The first segment must base64url-decode to a JSON object with an "alg" member.</summary>
    Jwt,

    /// <summary>The value must base64-decode to text, which is then judged as a free-form value (Kubernetes Secret data).</summary>
    Base64Text,
}
