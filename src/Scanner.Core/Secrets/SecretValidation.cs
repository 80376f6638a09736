namespace Scanner.Core.Secrets;

/// <summary>A structural check a match must pass beyond its regex.</summary>
public enum SecretValidation
{
    None,

    /// <summary>The first segment must base64url-decode to a JSON object with an "alg" member.</summary>
    Jwt,

    /// <summary>
    /// A value of a Kubernetes Secret's data (judged by what it base64-decodes to) or stringData, reported at its
    /// block's line (<see cref="KubernetesSecretData"/>).
    /// </summary>
    KubernetesData,

    /// <summary>A macaroon (PyPI token) must not stop before its signature (<see cref="Macaroon"/>).</summary>
    Macaroon,

    /// <summary>The value must base64-decode to a user and a password that is not a stand-in (<see cref="BasicCredential"/>).</summary>
    BasicPair,
}
