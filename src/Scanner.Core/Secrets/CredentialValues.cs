using System.Text;
using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Core.Secrets;

/// <summary>
/// Masks the value of every credential-named setting on a line printed as evidence (<c>DB_PASSWORD=…</c>,
/// <c>proxy_set_header Authorization "Basic …"</c>, <c>X-Api-Key: …</c>), however weak it looks. The detector's
/// gates (entropy, placeholders) keep findings precise; they must not decide what a report may print, and a line
/// shown as evidence for another probe is printed whole.
/// </summary>
public static partial class CredentialValues
{
    /// <summary>The line with each credential-named value replaced by its shape; the same instance when there is none.</summary>
    public static string Mask(string line, Language language)
    {
        // Prose (a checklist line) names passwords and tokens without assigning them; its secrets are the detector's.
        if (language == Language.Markdown || !MayHold(line))
        {
            return line;
        }

        var code = language is Language.JavaScript or Language.Python or Language.CSharp;
        StringBuilder? sb = null;
        var at = 0;
        foreach (Match m in LinearRegex.Matches(PatternCompiled(), line))
        {
            var value = m.Groups["value"];
            // In code an unquoted right-hand side is an expression (req.body.password), not a value. A value the
            // detector already redacted to its shape with a visible prefix (eyJ…(168 chars)) is done: masked again,
            // its prefix and "…(168" would become "…(8 chars)" before the old " chars)".
            if (!value.Success || (code && m.Groups["header"].Length == 0 && m.Groups["quote"].Length == 0) || Redacted(line, value.Index, value.Length))
            {
                continue;
            }

            sb ??= new StringBuilder(line.Length);
            sb.Append(line, at, value.Index - at).Append(Redactor.Redact(value.Value, 0));
            at = value.Index + value.Length;
        }

        return sb is null ? line : sb.Append(line, at, line.Length - at).ToString();
    }

    /// <summary>Whether the value holds, or runs into, a redacted shape: <c>…(</c>, digits, <c> chars)</c>.</summary>
    private static bool Redacted(string line, int start, int length)
    {
        var mark = line.IndexOf('…', start, Math.Min(length + 1, line.Length - start));
        if (mark < 0 || mark + 1 >= line.Length || line[mark + 1] != '(')
        {
            return false;
        }

        var digits = mark + 2;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > mark + 2 && line.AsSpan(digits).StartsWith(" chars)", StringComparison.Ordinal);
    }

    private static bool MayHold(string line)
    {
        var lower = line.ToLowerInvariant();
        return lower.Contains("authorization", StringComparison.Ordinal) || lower.Contains("x-api-key", StringComparison.Ordinal)
            || lower.Contains("x-auth-token", StringComparison.Ordinal)
            || SecretKindCatalog.CredentialKeywords.Any(k => lower.Contains(k, StringComparison.Ordinal));
    }

    // A credential name assigned with = : := => (an ENV/ARG name followed by a space too), an Authorization header
    // with its scheme, or an API-key header; the value may be quoted and is never a reference (${X}, $X, %X%,
    // {env.X}, <placeholder>, ${X:?message}) or a value already redacted (…). Run on clipped evidence, so its input is short.
    [GeneratedRegex(
        """(?:(?<name>[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|credentials?)[A-Za-z0-9_.-]*)["'`]?\]?[ \t]*(?::=|=>|=|:)[ \t]*(?<quote>["'`]?)(?<value>[^\s"'`,;$%{<?…\\][^\s"'`,;]{3,}))|(?:\b(?:ENV|ARG)[ \t]+(?<name>[A-Za-z0-9_]*(?:PASSWORD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY)[A-Za-z0-9_]*)[ \t]+(?<quote>["']?)(?<value>[^\s"'`,;$%{<?…\\][^\s"'`,;]{3,}))|(?:(?<header>(?:proxy-)?authorization)["']?(?:[ \t]*[:=][ \t]*|[ \t]+)["'`]?(?:basic|bearer|token|digest)[ \t]+(?<value>[^\s"'`,;$%{<?…\\][^\s"'`,;]{3,}))|(?:(?<header>x-api-key|x-auth-token)["']?(?:[ \t]*[:=][ \t]*|[ \t]+)["'`]?(?<value>[^\s"'`,;$%{<?…\\][^\s"'`,;]{3,}))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PatternCompiled();
}
