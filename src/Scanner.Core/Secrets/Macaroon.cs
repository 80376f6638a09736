namespace Scanner.Core.Secrets;

/// <summary>
/// PyPI tokens are macaroons (v2, base64url): a header naming the location and an identifier, caveats, and a 32-byte
/// signature last. A value whose header is intact but whose fields stop before the signature was cut short when it
/// was pasted into a document or test: it cannot authenticate. Values that do not decode as a macaroon header at all
/// are not judged here (the kind's pattern already vouches for them).
/// </summary>
public static class Macaroon
{
    private const byte EndOfSection = 0;
    private const byte Location = 1;
    private const byte Identifier = 2;
    private const byte VerifierId = 4;
    private const byte Signature = 6;

    /// <summary>True when <paramref name="token"/> (its part after the first '-') is a macaroon that stops before its signature.</summary>
    public static bool IsCutShort(string token)
    {
        if (Decode(token[(token.IndexOf('-', StringComparison.Ordinal) + 1)..]) is not { Length: > 1 } data || data[0] != 2)
        {
            return false;
        }

        var pos = 1;
        var sawIdentifier = false;
        while (pos < data.Length)
        {
            var type = data[pos++];
            if (type == EndOfSection)
            {
                continue;
            }

            if (type is not (Location or Identifier or VerifierId or Signature) || pos >= data.Length || data[pos] >= 0x80)
            {
                return false;
            }

            var length = data[pos++];
            if (pos + length > data.Length)
            {
                return sawIdentifier;
            }

            if (type == Signature)
            {
                return false;
            }

            sawIdentifier |= type == Identifier;
            pos += length;
        }

        return sawIdentifier;
    }

    private static byte[]? Decode(string body)
    {
        var base64 = body.Replace('-', '+').Replace('_', '/');
        if (base64.Length % 4 == 1)
        {
            base64 = base64[..^1];
        }

        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
