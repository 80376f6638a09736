namespace Scanner.Core.Secrets;

/// <summary>A structural check a match must pass beyond its regex.</summary>
public enum SecretValidation
{
    None,

    /// <summary>The first segment must base64url-decode to a JSON object with an "alg" member.</summary>
    Jwt,
}
