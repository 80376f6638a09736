namespace Scanner.Core.Secrets;

/// <summary>
/// Decides whether a regex match is a secret. Provider formats only need to be more than filler; free-form
/// (generic) values must also look generated: not a placeholder, reference, UUID, digest, URL or path, with
/// enough entropy and character variety. Every rejection is a reason a person can read, never the value.
/// </summary>
public static class SecretValueGate
{
    private const int MinGenericLength = 8;
    private static readonly string[] LocalTargets = ["@localhost", "@127.0.0.1", "@0.0.0.0", "@[::1]", "=localhost", "=127.0.0.1", "(localdb)"];

    /// <summary>
    /// Null when the value is reported; otherwise why it is not. <paramref name="matchText"/> is the match and the
    /// rest of its line, for checks that need the surroundings (the host a URL points at).
    /// </summary>
    public static string? Reject(SecretKind kind, string value, string? name, string matchText)
    {
        if (Placeholders.Why(value, kind.Generic) is { } placeholder)
        {
            return placeholder;
        }

        if (kind.Validation == SecretValidation.Jwt && !JwtHeader.HasAlgorithm(value))
        {
            return "the header does not decode to JSON with \"alg\": not a JWT";
        }

        if (kind.Validation == SecretValidation.Jwt && JwtHeader.CarriesNoClaims(value))
        {
            return "the payload names no subject, issuer, lifetime or grant: a token-shaped sample of data, not a credential";
        }

        // A cut-short token is passed over by the generic kinds too, which would otherwise take it as a password.
        if ((kind.Validation == SecretValidation.Macaroon || (kind.Generic && value.Contains("-AgE", StringComparison.Ordinal)))
            && Macaroon.IsCutShort(value))
        {
            return "a macaroon cut short before its signature: a truncated example";
        }

        if (kind.Validation == SecretValidation.BasicPair && BasicCredential.Why(value) is { } basic)
        {
            return basic;
        }

        var material = kind.Id == "private-key" ? KeyBody(value) : value;
        if (kind.MinEntropy > 0 && Entropy.BitsPerChar(material) is var bits && bits < Entropy.Floor(kind.MinEntropy, material.Length))
        {
            return FormattableString.Invariant($"low entropy ({bits:0.00} bits/char)");
        }

        if (kind.Id == "private-key" && material.Length < 40)
        {
            return "the key block holds too little to be a key";
        }

        // A provider kind that captures the name (a UUID-shaped key found by the provider's name) is judged by it too:
        // HEROKU_APP_ID holds the same shape as HEROKU_API_KEY.
        if (!kind.Generic && name is not null && NameHints.Why(name) is { } nameReason)
        {
            return nameReason;
        }

        return kind.Generic ? RejectGeneric(value, name, matchText) : null;
    }

    private static string? RejectGeneric(string value, string? name, string matchText)
    {
        if (name is not null && NameHints.Why(name) is { } nameReason)
        {
            return nameReason;
        }

        if (name is not null && ProviderNames.Why(name, value) is { } providerReason)
        {
            return providerReason;
        }

        if (name is not null && ValueShape.RepeatsName(value, name))
        {
            return "the value spells its own name";
        }

        foreach (var local in LocalTargets)
        {
            if (matchText.Contains(local, StringComparison.OrdinalIgnoreCase))
            {
                return "points at a local development host";
            }
        }

        return ValueShape.IsUuid(value) ? "a UUID: an identifier, not a credential"
            : ValueShape.IsSignedJwtShape(value) ? "a signed JWT's shape: the JWT kind judges it by its header"
            : value.StartsWith("pk.", StringComparison.Ordinal) || value.StartsWith("pk_", StringComparison.Ordinal)
                ? "a publishable key (pk. / pk_), meant to be shipped to clients"
            : ValueShape.IsHashNotation(value) ? "a hash or digest, not the secret itself"
            : value.Contains("://", StringComparison.Ordinal) ? "a URL (credentials inside URLs are found by the URL kinds)"
            : ValueShape.IsFilePath(value) ? "a file path"
            : ValueShape.IsDottedReference(value) ? "a dotted reference to a setting"
            : ValueShape.IsExpression(value) ? "an expression, not a literal"
            : ValueShape.IsInstruction(value) ? "words of instruction, not a value"
            : ValueShape.IsWordChain(value) ? "a chain of words (a name or header), not a generated value"
            : value.Length < MinGenericLength ? "too short for a generated credential"
            : ValueShape.CharacterClasses(value) < 2 && value.Length < 24 ? "a single character class"
            : null;
    }

    /// <summary>The base64 body of a PEM block, without whitespace or escaped newlines.</summary>
    private static string KeyBody(string block)
    {
        var body = block.Replace("\\n", "", StringComparison.Ordinal).Replace("\\r", "", StringComparison.Ordinal);
        var headers = body.Split('\n').Where(l => !l.Contains(':', StringComparison.Ordinal));
        return string.Concat(string.Concat(headers).Where(c => !char.IsWhiteSpace(c) && c != '"'));
    }
}
