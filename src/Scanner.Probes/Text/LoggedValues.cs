using System.Text;
using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Probes.Text;

/// <summary>
/// What a log call's arguments put into the message: the expressions outside string literals (extra arguments,
/// <c>%</c> values, <c>.format(...)</c>, <c>+ x</c>, keyword and object values) and those interpolated by f-strings
/// and template literals, searched for a value named like personal or secret data (<c>email</c>, <c>password</c>,
/// <c>access_token</c>, <c>api_key</c>, <c>card_number</c>, <c>phone</c>, <c>ssn</c>, an Authorization header) or a
/// whole request body, headers or cookies. Text inside the literals is prose; a value passed through a masking
/// call (<c>mask(email)</c>, <c>hash(...)</c>, <c>len(...)</c>), sliced (<c>email[:3]</c>), or only an attribute
/// of it read (<c>user.id</c>, <c>email.split</c>) is not the value itself.
/// </summary>
public static partial class LoggedValues
{
    private static readonly HashSet<string> Last = new(StringComparer.Ordinal)
    {
        "email", "emails", "password", "passwd", "pwd", "passphrase", "secret", "apikey", "ssn", "cvv", "cvc", "phone", "authorization", "jwt", "otp",
    };

    private static readonly HashSet<string> LastTwo = new(StringComparer.Ordinal)
    {
        "api_key", "private_key", "secret_key", "access_key", "card_number", "credit_card", "cc_number", "phone_number", "email_address", "auth_header",
        "access_token", "refresh_token", "id_token", "auth_token", "reset_token", "bearer_token", "api_token", "session_token", "verification_token", "jwt_token",
        "csrf_token", "session_id", "social_security",
    };

    private const int MaxText = 2000;

    /// <summary>The first sensitive value the arguments log, as written (<c>user.email</c>, <c>req.body</c>), or null.</summary>
    public static string? Sensitive(string arguments, bool python)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var expressions = Expressions(arguments.Length > MaxText ? arguments[..MaxText] : arguments, python);
        if (Dump().Match(expressions) is { Success: true } dump)
        {
            return dump.Value;
        }

        foreach (Match m in Name().Matches(expressions))
        {
            var end = m.Index + m.Length;
            var next = end < expressions.Length ? expressions[end..].TrimStart() : "";
            var masked = next.StartsWith('.') || next.StartsWith('(') || next.StartsWith("[:", StringComparison.Ordinal) || next.StartsWith("[0", StringComparison.Ordinal)
                || (next.StartsWith('=') && !next.StartsWith("==", StringComparison.Ordinal)) || next.StartsWith(':') || Masking().IsMatch(expressions.AsSpan(Math.Max(0, m.Index - 120), Math.Min(m.Index, 120)));
            if (!masked && IsSensitive(m.Value))
            {
                var start = m.Index;
                while (start > 0 && (char.IsLetterOrDigit(expressions[start - 1]) || expressions[start - 1] is '_' or '$' or '.'))
                {
                    start--;
                }

                return expressions[start..end];
            }
        }

        return null;
    }

    private static bool IsSensitive(string identifier)
    {
        var parts = Snake(identifier).Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && (Last.Contains(parts[^1]) || (parts.Length > 1 && LastTwo.Contains($"{parts[^2]}_{parts[^1]}")));
    }

    private static string Snake(string identifier)
    {
        var b = new StringBuilder(identifier.Length + 4);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(identifier[i - 1]))
            {
                b.Append('_');
            }

            b.Append(char.ToLowerInvariant(c));
        }

        return b.ToString();
    }

    /// <summary>The arguments with string literals blanked (a literal subscript key kept as a name) and interpolations kept.</summary>
    private static string Expressions(string text, bool python)
    {
        var b = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is not ('"' or '\'' or '`'))
            {
                b.Append(c);
                i++;
                continue;
            }

            var formatted = c == '`' || (python && Prefix(text, i).Contains('f', StringComparison.OrdinalIgnoreCase));
            var quote = python && i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c ? new string(c, 3) : c.ToString();
            var end = Close(text, i + quote.Length, quote);
            var body = text[(i + quote.Length)..end];
            var subscript = b.ToString().TrimEnd().EndsWith('[') && Key().IsMatch(body);
            b.Append(' ').Append(subscript ? body : Interpolations(body, c == '`')).Append(formatted || subscript ? "" : " ").Append(' ');
            i = Math.Min(text.Length, end + quote.Length);
        }

        return b.ToString();
    }

    private static string Prefix(string text, int quote)
    {
        var start = quote;
        while (start > 0 && start > quote - 2 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..quote];
    }

    private static int Close(string text, int from, string quote)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, quote, 0, quote.Length) == 0)
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>The expressions inside <c>{...}</c> (f-strings, <c>{{</c> escaped) or <c>${...}</c> (templates), space-separated.</summary>
    private static string Interpolations(string body, bool dollar)
    {
        var b = new StringBuilder();
        for (var i = body.IndexOf('{'); i >= 0 && i < body.Length - 1; i = body.IndexOf('{', i + 1))
        {
            if ((dollar && (i == 0 || body[i - 1] != '$')) || (!dollar && body[i + 1] == '{'))
            {
                i += dollar ? 0 : 1;
                continue;
            }

            var close = body.IndexOf('}', i);
            if (close < 0)
            {
                break;
            }

            b.Append(' ').Append(body, i + 1, close - i - 1).Append(' ');
            i = close;
        }

        return b.ToString();
    }

    [GeneratedRegex(@"[A-Za-z_$][\w$]{0,60}", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^[A-Za-z_][\w-]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    // mask(, redact(, hash(, sha256(, len(, bool(, anonymize( ... right before the value (a dotted owner in between allowed).
    [GeneratedRegex(@"(?i:mask|redact|hash|sha\d{0,3}|md5|hmac|digest|anonymi[sz]e|obfuscate|truncate|censor|scrub|hide|len|bool|count|last4|partial)\w{0,20}[ \t]{0,3}\([ \t]{0,3}(?:[A-Za-z_$][\w$]{0,40}[ \t]{0,3}\.[ \t]{0,3}){0,3}$", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex MaskingCompiled();

    private static Regex Masking() => LinearRegex.Pick(MaskingCompiled());

    // A whole request body, header set or cookie jar: req.body, request.json, request.get_json(), request.headers.
    [GeneratedRegex(@"\b(?:request|req)[ \t]{0,3}\.[ \t]{0,3}(?:body|data|json|form|headers|cookies|POST|get_json)\b(?![ \t]{0,3}[.\[])", RegexOptions.CultureInvariant)]
    private static partial Regex Dump();
}
