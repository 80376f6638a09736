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

    /// <summary>
    /// Text read from, or quoting, a file in <paramref name="language"/>, redacted as that language and as plain
    /// text: a message quoting <c>RUN yarn install SESSION_SECRET=…</c> needs the Dockerfile kinds for the quote and
    /// the plain-text kinds for the prose around it.
    /// </summary>
    public static string ScrubQuoted(string text, Language language) =>
        language == Language.Other ? Scrub(text) : Scrub(Scrub(text, language));

    /// <summary>
    /// A repository path with any secret in a file or folder name redacted. Each name is scrubbed on its own, as a
    /// line of plain text, so kinds anchored at a line start (<c>API_TOKEN=…</c>) see a folder name as they would a line.
    /// </summary>
    public static string ScrubPath(string path)
    {
        if (Scrub(path) is var whole && !ReferenceEquals(whole, path))
        {
            path = whole;
        }

        if (!path.Contains('/', StringComparison.Ordinal))
        {
            return path;
        }

        var names = path.Split('/');
        var changed = false;
        for (var i = 0; i < names.Length; i++)
        {
            var scrubbed = Scrub(names[i]);
            changed |= !ReferenceEquals(scrubbed, names[i]);
            names[i] = scrubbed;
        }

        return changed ? string.Join('/', names) : path;
    }

    /// <summary>
    /// A line printed as evidence: scrubbed like any quoted text, then every credential-named value masked
    /// (<see cref="CredentialValues"/>), since the whole line is shown for some other finding.
    /// </summary>
    public static string ScrubEvidence(string line, Language language) => CredentialValues.Mask(ScrubQuoted(line, language), language);

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
