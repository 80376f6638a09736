using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The numbers a limiter is built with, as facts for the checklist judge: <c>rateLimit({ windowMs: 15 * 60 * 1000,
/// max: 100 })</c> gives a maximum of 100 per 900 seconds; rate-limiter-flexible's <c>points</c>/<c>duration</c> and
/// Upstash's <c>slidingWindow(10, "10 s")</c> likewise. A value that is not a literal (read from config or env) is
/// left out, so a line's "100 per 15 minutes" is never contradicted by a number the code does not state.
/// </summary>
public static partial class LimiterValues
{
    public static void Emit(ProbeContext context, SourceDocument doc, IEnumerable<string> factories)
    {
        foreach (var name in factories)
        {
            foreach (var (at, open) in Calls(doc, name))
            {
                var args = JsCode.ArgumentText(doc, open);
                var (max, window) = Values(args);
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                if (max is { } count)
                {
                    attributes["max"] = count.ToString(CultureInfo.InvariantCulture);
                }

                if (window is { } seconds)
                {
                    attributes["windowSeconds"] = seconds.ToString(CultureInfo.InvariantCulture);
                }

                context.Emit(new Fact("", "rate-limit", FactState.Wired)
                {
                    Mechanism = name,
                    Location = new SourceLocation(doc.Path, doc.Text.LineOf(at)),
                    Attributes = attributes,
                });
            }
        }
    }

    /// <summary>The maximum and the window in seconds an options object or argument list states as literals.</summary>
    public static (double? Max, double? WindowSeconds) Values(string args)
    {
        var window = Number(JsProperty.Value(args, "windowMs")) / 1000 ?? Number(JsProperty.Value(args, "duration"));
        var max = Number(JsProperty.Value(args, "max")) ?? Number(JsProperty.Value(args, "limit")) ?? Number(JsProperty.Value(args, "points"))
            ?? Number(JsProperty.Value(args, "tokensPerInterval"));
        if (SlidingWindow().Match(args) is { Success: true } upstash)
        {
            max ??= Number(upstash.Groups["max"].Value);
            window ??= Duration(upstash.Groups["amount"].Value, upstash.Groups["unit"].Value);
        }

        return (max, window);
    }

    /// <summary>
    /// A literal number or product of literals (<c>15 * 60 * 1000</c>, <c>5 * 1024 * 1024</c>); null for anything else.
    /// Body-size limits are read with it too.
    /// </summary>
    public static double? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Replace("_", "", StringComparison.Ordinal).Split('*', StringSplitOptions.TrimEntries);
        double product = 1;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            product *= value;
        }

        return product;
    }

    private static double? Duration(string amount, string unit) => Number(amount) * DurationUnit.Seconds(unit);

    /// <summary>Calls of <paramref name="name"/> in code: the name's offset and its '(' offset.</summary>
    private static IEnumerable<(int At, int Open)> Calls(SourceDocument doc, string name)
    {
        var text = doc.Content;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var open = at + name.Length;
            while (open < text.Length && char.IsWhiteSpace(text[open]))
            {
                open++;
            }

            if (!(char.IsLetterOrDigit(before) || before is '_' or '$' or '.') && open < text.Length && text[open] == '(' && JsCode.IsCode(doc, at))
            {
                yield return (at, open);
            }
        }
    }

    [GeneratedRegex(@"(?:slidingWindow|fixedWindow|tokenBucket)\(\s*(?<max>\d+)\s*,\s*['""`](?<amount>\d+)\s*(?<unit>ms|s|m|h|d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SlidingWindowCompiled();

    private static Regex SlidingWindow() => LinearRegex.Pick(SlidingWindowCompiled());
}
