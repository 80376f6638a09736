using System.Text;
using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Core.Secrets;

/// <summary>
/// The literal default of an environment read whose name is a credential (<c>os.environ.get("DB_PASSWORD", "…")</c>,
/// <c>process.env.API_TOKEN || '…'</c>, <c>${DB_PASSWORD:-…}</c>). Such a default is the credential whenever the
/// variable is unset, so it is redacted however weak it looks: the entropy gate that keeps generic kinds precise
/// must not decide what a report may print.
/// </summary>
public static partial class EnvFallbacks
{
    /// <summary>The text with the value of every credential-named fallback replaced by its shape.</summary>
    public static string Redact(string text)
    {
        if (!MayHoldFallback(text))
        {
            return text;
        }

        StringBuilder? sb = null;
        var at = 0;
        foreach (Match m in LinearRegex.Matches(PatternCompiled(), text))
        {
            var value = m.Groups["value"];
            // A value already redacted ("…(25 chars)") is left alone: text is scrubbed once per language it may be in.
            if (value.Length == 0 || value.Value.StartsWith('…') || !IsCredentialName(m.Groups["name"].Value))
            {
                continue;
            }

            sb ??= new StringBuilder(text.Length);
            sb.Append(text, at, value.Index - at).Append(Redactor.Redact(value.Value, 0));
            at = value.Index + value.Length;
        }

        return sb is null ? text : sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// Holds a literal every alternative of <see cref="PatternCompiled"/> needs; "environment" in a probe's message does
    /// not, so the pattern (milliseconds to build) is not built for messages that cannot match it.
    /// </summary>
    private static bool MayHoldFallback(string text) =>
        text.Contains("${", StringComparison.Ordinal) || text.Contains("process.env", StringComparison.Ordinal)
        || text.Contains("GetEnvironmentVariable", StringComparison.Ordinal) || text.Contains("environ.get", StringComparison.Ordinal)
        || text.Contains("env.str", StringComparison.Ordinal) || CallsEnv(text);

    /// <summary><c>env</c> (also the end of <c>getenv</c>) followed by optional whitespace and <c>(</c>.</summary>
    private static bool CallsEnv(string text)
    {
        for (var at = text.IndexOf("env", StringComparison.Ordinal); at >= 0; at = text.IndexOf("env", at + 3, StringComparison.Ordinal))
        {
            var next = at + 3;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && text[next] == '(')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCredentialName(string name)
    {
        var lower = name.ToLowerInvariant();
        return SecretKindCatalog.CredentialKeywords.Any(k => lower.Contains(k, StringComparison.Ordinal)) && NameHints.Why(name) is null;
    }

    // Python environ.get/getenv with a positional or default= fallback; JS process.env.X (or ["X"]) followed by
    // || or ??; C# GetEnvironmentVariable("X") ??; shell/compose ${X:-value} and ${X-value}.
    [GeneratedRegex(
        """(?:\b(?:environ\.get|getenv|env\.str|env)\s*\(\s*[rbu]?['"](?<name>[A-Za-z_][A-Za-z0-9_]*)['"]\s*,\s*(?:default\s*=\s*)?[rbu]?(?:'(?<value>[^'\r\n]*)'|"(?<value>[^"\r\n]*)")|\bprocess\.env(?:\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[\s*['"`](?<name>[A-Za-z_][A-Za-z0-9_]*)['"`]\s*\])\s*(?:\|\||\?\?)\s*(?:'(?<value>[^'\r\n]*)'|"(?<value>[^"\r\n]*)"|`(?<value>[^`\r\n]*)`)|\bGetEnvironmentVariable\s*\(\s*@?"(?<name>[A-Za-z_][A-Za-z0-9_]*)"\s*\)\s*\?\?\s*@?"(?<value>[^"\r\n]*)"|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*):?[-=](?<value>[^}\r\n]*)\})""",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PatternCompiled();
}
