using System.Text;
using System.Text.Json;

namespace Scanner.Core.Secrets;

/// <summary>
/// The data and stringData blocks of a Kubernetes <c>kind: Secret</c> manifest. Every value there is meant to be
/// secret, and a data value is base64, which hides what it is: it is judged by what it decodes to, and the decoded
/// text never leaves this class (reasons are fixed words). A value is reported at its block's <c>data:</c> line,
/// which carries no value: its own line names neither a credential nor the kind, so a report quoting that line
/// could not be scrubbed from the line alone.
/// </summary>
public sealed class KubernetesSecretData
{
    private const int MinText = 6;
    private const int MinBinary = 16;
    private static readonly string[] CredentialFields = ["password", "token", "secret", "private_key", "privatekey"];
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<(int Start, int End, bool Encoded)> _blocks = [];

    private KubernetesSecretData(string text)
    {
        var documents = new List<(int Start, int End, bool Encoded)>();
        var isSecret = false;
        (int Start, int Indent, bool Encoded)? open = null;
        for (var at = 0; at <= text.Length;)
        {
            var end = text.IndexOf('\n', at) is var nl and >= 0 ? nl : text.Length;
            var line = text.AsSpan(at, end - at).TrimEnd();
            var content = line.TrimStart();
            var indent = line.Length - content.Length;
            var documentEnds = end == text.Length || content.SequenceEqual("---");
            if (open is { } block && (documentEnds || (content.Length > 0 && content[0] != '#' && indent <= block.Indent)))
            {
                documents.Add((block.Start, documentEnds && end == text.Length ? text.Length : at, block.Encoded));
                open = null;
            }

            isSecret |= IsSecretKind(content);
            if (content is "data:" or "stringData:")
            {
                open = (at, indent, content[0] == 'd');
            }

            if (documentEnds)
            {
                // Blocks count only in a document that is a Secret (a ConfigMap's data beside it is not).
                _blocks.AddRange(isSecret ? documents : []);
                documents.Clear();
                isSecret = false;
            }

            at = end + 1;
        }
    }

    /// <summary>The blocks of <paramref name="text"/>; none when no document in it is a Secret.</summary>
    public static KubernetesSecretData Read(string text) => new(text);

    /// <summary>
    /// Why the value at <paramref name="valueStart"/> is not reported (outside a data block, or what it decodes to),
    /// or null with the offset of the line to report it at.
    /// </summary>
    public (string? Reason, int ReportAt) Judge(int valueStart, string value)
    {
        foreach (var (start, end, encoded) in _blocks)
        {
            if (valueStart > start && valueStart < end)
            {
                return (encoded ? WhyEncoded(value) : WhyPlain(value), start);
            }
        }

        return ("not a value of a Secret's data or stringData", valueStart);
    }

    private static bool IsSecretKind(ReadOnlySpan<char> content) =>
        content.StartsWith("kind:", StringComparison.Ordinal)
        && content[5..].Trim().Trim("'\"").Equals("secret", StringComparison.OrdinalIgnoreCase);

    private static string? WhyPlain(string value) =>
        value.Length < MinText ? "too short for a credential"
        : Placeholders.Why(value, generic: false) is not null ? "a stand-in or a reference"
        : null;

    /// <summary>Fixed reasons only: the decoded text is the secret and must not reach a log.</summary>
    private static string? WhyEncoded(string value)
    {
        byte[] bytes;
        try
        {
            bytes = value.Length % 4 == 0 ? Convert.FromBase64String(value) : [];
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length == 0)
        {
            return "not base64";
        }

        string text;
        try
        {
            text = Strict.GetString(bytes).TrimEnd('\n', '\r');
        }
        catch (DecoderFallbackException)
        {
            return bytes.Length >= MinBinary ? null : "decodes to too few bytes for a key";
        }

        return text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            ? bytes.Length >= MinBinary ? null : "decodes to too few bytes for a key"
            : text.Length < MinText ? "decodes to too little for a credential"
            : Placeholders.Why(text, generic: false) is not null && !HoldsCredentialField(text) ? "decodes to a stand-in or a reference"
            : null;
    }

    /// <summary>
    /// A decoded JSON document (a .dockercfg or .dockerconfigjson, a service-account file) is judged by its credential
    /// fields, not as one string: an example registry host beside a real password does not make the password a stand-in.
    /// </summary>
    private static bool HoldsCredentialField(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return HoldsCredentialField(document.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HoldsCredentialField(JsonElement element, int depth) =>
        element.ValueKind == JsonValueKind.Object && depth < 8
        && element.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String
                ? IsCredentialField(p.Name) && p.Value.GetString() is { Length: >= MinText } value && Placeholders.Why(value, generic: false) is null
                : HoldsCredentialField(p.Value, depth + 1));

    private static bool IsCredentialField(string name) =>
        name.Equals("auth", StringComparison.OrdinalIgnoreCase) || CredentialFields.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase));
}
