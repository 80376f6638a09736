using System.Text;

namespace Scanner.Tests.Core.Secrets.Corpus;

/// <summary>
/// Builds obviously fake values in a provider's exact format from a template: "ghp_{an:36}" is ghp_ followed by
/// 36 alphanumerics that start with ReadyScan/Fake/NotReal (as far as the alphabet allows) and continue with
/// seeded random characters, never repeating or ascending, so the same seed always gives the same value.
/// </summary>
internal static class FakeValue
{
    private const string Digits = "0123456789";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static readonly Dictionary<string, string> Alphabets = new(StringComparer.Ordinal)
    {
        ["an"] = Upper + Lower + Digits,
        ["an_"] = Upper + Lower + Digits + "_",
        ["anx"] = Upper + Lower + Digits + "_-",
        ["letters"] = Upper + Lower,
        ["lower"] = Lower + Digits,
        ["upper"] = Upper + Digits,
        ["hex"] = "0123456789abcdef",
        ["d"] = Digits,
        ["b64"] = Upper + Lower + Digits + "+/",
        ["az27"] = Upper + "234567",
        ["bech"] = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
        ["azure"] = Upper + Lower + Digits + "_~.-",
    };

    private static readonly string[] Words = ["ReadyScan", "Fake", "NotReal"];

    public static string Expand(string template, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                sb.Append(template, at, template.Length - at);
                break;
            }

            var close = template.IndexOf('}', open);
            sb.Append(template, at, open - at);
            var spec = template[(open + 1)..close].Split(':');
            sb.Append(Fill(Alphabets[spec[0]], int.Parse(spec[1], System.Globalization.CultureInfo.InvariantCulture), random, words: open == 0 || sb.Length < 40));
            at = close + 1;
        }

        return sb.ToString();
    }

    /// <summary>The template with every random part replaced by filler ('x', or '0' where the alphabet has no x): a placeholder in the exact format.</summary>
    public static string Filler(string template)
    {
        var sb = new StringBuilder();
        var at = 0;
        while (template.IndexOf('{', at) is var open and >= 0)
        {
            var close = template.IndexOf('}', open);
            var spec = template[(open + 1)..close].Split(':');
            var filler = Alphabets[spec[0]].Contains('x', StringComparison.Ordinal) ? 'x' : '0';
            sb.Append(template, at, open - at).Append(filler, int.Parse(spec[1], System.Globalization.CultureInfo.InvariantCulture));
            at = close + 1;
        }

        return sb.Append(template, at, template.Length - at).ToString();
    }

    private static string Fill(string alphabet, int length, Random random, bool words)
    {
        var sb = new StringBuilder(length);
        if (words)
        {
            foreach (var word in Words)
            {
                foreach (var c in word)
                {
                    var fitted = alphabet.Contains(c, StringComparison.Ordinal) ? c
                        : alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal) ? char.ToUpperInvariant(c)
                        : alphabet.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal) ? char.ToLowerInvariant(c)
                        : '\0';
                    if (fitted != '\0' && sb.Length < length / 2 && (sb.Length == 0 || fitted != sb[^1]))
                    {
                        sb.Append(fitted);
                    }
                }
            }
        }

        while (sb.Length < length)
        {
            var c = alphabet[random.Next(alphabet.Length)];
            if (sb.Length > 0 && (c == sb[^1] || c == sb[^1] + 1))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
