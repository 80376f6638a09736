using System.Text;

namespace Scanner.Core.Secrets;

/// <summary>
/// A base64 <c>user:password</c> pair, as a docker config's <c>"auth"</c> or an HTTP Basic credential holds it. The
/// pair is judged by its password; the decoded text never leaves this class (reasons are fixed words).
/// </summary>
public static class BasicCredential
{
    private const int MinPassword = 6;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why <paramref name="value"/> is not a user and password in base64, or null when it is one worth reporting.</summary>
    public static string? Why(string value)
    {
        string text;
        try
        {
            text = value.Length % 4 == 0 ? Strict.GetString(Convert.FromBase64String(value)) : "";
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            text = "";
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return "does not decode to a user and password";
        }

        var password = text[(colon + 1)..];
        return password.Length < MinPassword ? "decodes to a password too short for a credential"
            : Placeholders.Why(password, generic: true) is not null || Placeholders.Why(text[..colon], generic: false) is not null
                ? "decodes to a stand-in user or password"
            : null;
    }
}
