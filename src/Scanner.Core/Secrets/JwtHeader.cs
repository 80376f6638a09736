using System.Text;
using System.Text.Json;

namespace Scanner.Core.Secrets;

/// <summary>
/// A JWT is only a JWT when its header decodes to a JSON object naming an algorithm, and only a credential when its
/// payload says who it is for or what it grants.
/// </summary>
public static class JwtHeader
{
    // Registered claims (RFC 7519 §4.1) and the words identity and grant claims are named with (user_id, role, scope).
    private static readonly string[] ClaimWords =
    [
        "iss", "sub", "aud", "exp", "nbf", "iat", "jti", "azp", "sid", "ref", "user", "uid", "id", "email", "role", "scope",
        "name", "account", "tenant", "org", "session", "perms", "permissions", "auth", "client", "key", "token", "grant", "group", "admin",
    ];

    public static bool HasAlgorithm(string token) =>
        Segment(token, 0) is { ValueKind: JsonValueKind.Object } header && header.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String;

    /// <summary>
    /// True when the payload decodes to a JSON object none of whose keys identifies a subject or a grant
    /// (<c>{"confidence":0.8}</c>): a token-shaped sample of data. A payload that does not decode is not judged here.
    /// </summary>
    public static bool CarriesNoClaims(string token) =>
        Segment(token, 1) is { ValueKind: JsonValueKind.Object } payload
        && !payload.EnumerateObject().Any(p => Words(p.Name).Any(w => ClaimWords.Contains(w, StringComparer.Ordinal)));

    /// <summary>A claim name's words: "user_id", "userId" and "UserID" all hold "user" and "id"; "confidence" holds neither.</summary>
    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
            if (boundary && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static JsonElement? Segment(string token, int index)
    {
        var parts = token.Split('.');
        if (parts.Length <= index)
        {
            return null;
        }

        var base64 = parts[index].Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            return json.RootElement.Clone();
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
