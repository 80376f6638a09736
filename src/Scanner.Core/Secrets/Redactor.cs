using System.Globalization;
using System.Text;
using Scanner.Core.Text;

namespace Scanner.Core.Secrets;

/// <summary>Replaces secret values with their shape (<c>AKIA…(20 chars)</c>) before any text leaves a probe.</summary>
public static class Redactor
{
    public static string Redact(string value, int visiblePrefix)
    {
        var shown = value.Length >= 16 ? Math.Min(visiblePrefix, value.Length / 4) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{value[..shown]}…({value.Length} chars)");
    }

    /// <summary>The text with every secret value found in it redacted.</summary>
    public static string Scrub(string text, Language language = Language.Other)
    {
        if (text.Length == 0)
        {
            return text;
        }

        text = EnvFallbacks.Redact(text);
        var matches = SecretScanner.Scan(text, language);
        if (matches.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var m in matches)
        {
            sb.Append(text, at, m.ValueStart - at);
            sb.Append(Redact(text.Substring(m.ValueStart, m.ValueLength), m.Kind.VisiblePrefix));
            at = m.ValueStart + m.ValueLength;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }
}
