using System.Text;

namespace Scanner.Core.Secrets;

/// <summary>
/// Values stored base64-encoded (Kubernetes Secret data): the encoding hides what the value is, so it is judged by
/// what it decodes to. A value that does not decode to text is a name or an id that happens to use the alphabet.
/// </summary>
public static class Base64Text
{
    private const int MinLength = 6;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why the decoded value is not a credential, or null when it may be one. Never includes the value.</summary>
    public static string? Why(string value)
    {
        if (Decode(value) is not { } text)
        {
            return "does not decode from base64 to text";
        }

        return text.Length < MinLength ? "decodes to too little for a credential"
            : Placeholders.Why(text, generic: true) is { } placeholder ? $"decodes to a stand-in: {placeholder}"
            : null;
    }

    private static string? Decode(string value)
    {
        if (value.Length % 4 != 0)
        {
            return null;
        }

        try
        {
            var text = Strict.GetString(Convert.FromBase64String(value));
            return text.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t') ? text.TrimEnd('\n', '\r') : null;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }
}
