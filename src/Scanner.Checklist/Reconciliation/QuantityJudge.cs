using System.Globalization;
using Scanner.Checklist.Claims;
using Scanner.Checklist.Text;
using Scanner.Core.Model;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// The numbers a line states, against the numbers the code states (TRUTH.md §3, values): "100 requests per 15
/// minutes" against the limiters' facts, "10MB" against body and upload limits. Met when one wired limit states the
/// same; unmet only when every wired limit of that kind states its numbers as literals and none is the claimed one
/// (a positive contradiction); unknown when a limit's numbers come from configuration or no limit states any. Token
/// lifetimes ("30-minute expiration") and password minimums ("12+ characters") are held to the code the same way.
/// </summary>
public static class QuantityJudge
{
    private static readonly HashSet<string> RateWords = new(new[] { "rate", "limit", "limiting", "limited", "throttle", "throttling", "attempts", "requests" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);
    private static readonly HashSet<string> UploadWords = new(new[] { "upload", "uploads", "file", "files" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);
    private static readonly HashSet<string> TokenWords = new(new[] { "token", "tokens", "jwt", "jwts" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);
    private static readonly HashSet<string> ShortWords = new(new[] { "short", "shortlived" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);
    private const double ShortSeconds = 3600;

    // Past a working half-day no token is short-lived by any guidance (OWASP speaks of minutes for access tokens);
    // between an hour and this the word stays the line's own judgement.
    private const double NotShortSeconds = 4 * 3600;
    private static readonly HashSet<string> PasswordWords = new(new[] { "password", "passwords" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);
    private static readonly HashSet<string> BodyWords = new(new[] { "body", "payload", "request", "json" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);

    public static IReadOnlyList<Qualifier> Judge(string text, IReadOnlyList<Fact> facts)
    {
        var quantities = Quantities.In(text);
        var tokens = PhraseNormalizer.Tokenize(text);
        var judged = new List<Qualifier>();
        if (tokens.Any(ShortWords.Contains) && tokens.Any(TokenWords.Contains) && !quantities.Any(q => q.IsLifetime))
        {
            judged.Add(Short([.. facts.Where(f => f.Subject == "token-lifetime")]));
        }

        foreach (var q in quantities)
        {
            if (q.IsRate && tokens.Any(RateWords.Contains))
            {
                judged.Add(Decide(q, [.. facts.Where(f => f.Subject == "rate-limit")], f => Number(f, "max") is { } max && Number(f, "windowSeconds") is { } window ? (max, window) : null,
                    (a, b) => Quantities.Same(a.Item1, b.Item1) && Quantities.Same(a.Item2, b.Item2), (q.Amount!.Value, q.Seconds!.Value), v => $"{v.Item1:0.##} per {Seconds(v.Item2)}"));
            }
            else if (q.IsSize && (tokens.Any(UploadWords.Contains) || tokens.Any(BodyWords.Contains)))
            {
                var subject = tokens.Any(UploadWords.Contains) ? "upload-limit" : "body-limit";
                judged.Add(Decide(q, [.. facts.Where(f => f.Subject == subject)], f => Number(f, "bytes") is { } b ? (b, 0d) : null,
                    (a, b) => Quantities.Same(a.Item1, b.Item1), (q.Bytes!.Value, 0d), v => Size(v.Item1)));
            }
            else if (q.IsLifetime && tokens.Any(TokenWords.Contains) && !quantities.Any(r => r.IsRate))
            {
                judged.Add(Decide(q, [.. facts.Where(f => f.Subject == "token-lifetime")], f => Number(f, "seconds") is { } s ? (s, 0d) : null,
                    (a, b) => Quantities.Same(a.Item1, b.Item1), (q.Lifetime!.Value, 0d), v => Seconds(v.Item1), "token lifetime", holdUnstated: true));
            }
            else if (q.IsLength && tokens.Any(PasswordWords.Contains))
            {
                judged.Add(Minimum(q, [.. facts.Where(f => f.Subject == "password-min-length")]));
            }
        }

        return judged;
    }

    /// <summary>
    /// "Short-lived tokens" is met by a wired lifetime of an hour or less and refuted only when every token lifetime the
    /// code has states a literal over four hours; in between, or with none stated, the word stays unchecked and the
    /// line no more than unknown: there "short" is the line's own judgement, not a number to refute.
    /// </summary>
    private static Qualifier Short(List<Fact> facts)
    {
        var stated = facts.Select(f => (Fact: f, Seconds: Number(f, "seconds"))).Where(s => s.Seconds is not null).ToList();
        if (stated.Find(s => s.Seconds <= ShortSeconds) is { Fact: not null } match)
        {
            return new("value", "short", Verdict.Met, [Evidence(match.Fact, Outcome.Pass, $"states {Seconds(match.Seconds!.Value)}")], $"{Where(match.Fact)} states {Seconds(match.Seconds!.Value)}");
        }

        var listed = string.Join(", ", stated.Select(s => $"{Seconds(s.Seconds!.Value)} at {Where(s.Fact)}").Distinct().Take(4));
        if (stated.Count > 0 && stated.Count == facts.Count && stated.TrueForAll(s => s.Seconds > NotShortSeconds))
        {
            return new("value", "short", Verdict.Unmet, [.. stated.Take(4).Select(s => Evidence(s.Fact, Outcome.Fail, $"states {Seconds(s.Seconds!.Value)}, not short-lived"))],
                $"every token lifetime the code states is over {Seconds(NotShortSeconds)} ({listed}), which no guidance calls short");
        }

        var seen = stated.Count == 0 ? "no token lifetime states its number, so 'short' is not checked"
            : $"the code states {listed}, not an hour or less";
        return new("value", "short", Verdict.Unknown, [.. stated.Take(4).Select(s => Evidence(s.Fact, Outcome.Inconclusive, $"states {Seconds(s.Seconds!.Value)}"))], seen)
        {
            HoldsLineBack = true,
        };
    }

    /// <summary>
    /// "12+ characters" is met by a wired rule whose minimum is at least 12; refuted only when every wired rule states
    /// a literal minimum and all are lower; otherwise the number is unchecked and the line no more than unknown (a
    /// strength rule with no length, zxcvbn, a minimum from settings).
    /// </summary>
    private static Qualifier Minimum(Quantity q, List<Fact> facts)
    {
        var stated = facts.Select(f => (Fact: f, Min: Number(f, "min"))).Where(s => s.Min is not null).ToList();
        if (stated.Find(s => s.Min >= q.Characters) is { Fact: not null } match)
        {
            return new("value", q.Text, Verdict.Met, [Evidence(match.Fact, Outcome.Pass, $"requires at least {match.Min} characters")], $"{Where(match.Fact)} requires at least {match.Min} characters");
        }

        if (stated.Count > 0 && stated.Count == facts.Count)
        {
            var others = string.Join(", ", stated.Select(s => $"{s.Min} at {Where(s.Fact)}").Distinct().Take(4));
            return new("value", q.Text, Verdict.Unmet, [.. stated.Take(4).Select(s => Evidence(s.Fact, Outcome.Fail, $"requires {s.Min} characters, not {q.Text}"))], $"the code requires {others}, not {q.Text}");
        }

        return new("value", q.Text, Verdict.Unknown, [], $"no wired password rule states a minimum of {q.Characters} characters, so {q.Text} is not checked")
        {
            HoldsLineBack = true,
        };
    }

    private static Qualifier Decide(Quantity q, List<Fact> facts, Func<Fact, (double, double)?> read, Func<(double, double), (double, double), bool> same, (double, double) claimed, Func<(double, double), string> show, string what = "limit", bool holdUnstated = false)
    {
        var stated = facts.Select(f => (Fact: f, Value: read(f))).ToList();
        var match = stated.FirstOrDefault(s => s.Value is { } v && same(v, claimed));
        if (match.Fact is not null)
        {
            return new("value", q.Text, Verdict.Met, [Evidence(match.Fact, Outcome.Pass, $"states {show(match.Value!.Value)}")], $"{Where(match.Fact)} states {show(match.Value!.Value)}");
        }

        if (stated.Count > 0 && stated.TrueForAll(s => s.Value is not null))
        {
            var others = string.Join(", ", stated.Select(s => $"{show(s.Value!.Value)} at {Where(s.Fact)}").Distinct().Take(4));
            return new("value", q.Text, Verdict.Unmet, [.. stated.Take(4).Select(s => Evidence(s.Fact, Outcome.Fail, $"states {show(s.Value!.Value)}, not {q.Text}"))], $"the code states {others}, not {q.Text}");
        }

        // No recognised limit at all (a hand-written one states its numbers inline) leaves the number as detail beside
        // the mechanism; a recognised limit whose numbers come from configuration leaves the claim itself unchecked.
        return stated.Count == 0
            ? new("value", q.Text, Verdict.Unknown, [], $"no recognised {what} states its numbers, so {q.Text} is not checked") { HoldsLineBack = holdUnstated }
            : new("value", q.Text, Verdict.Unknown, [], $"a {what} takes its numbers from configuration ({Where(stated.First(s => s.Value is null).Fact)}), so {q.Text} cannot be checked")
            {
                HoldsLineBack = true,
            };
    }

    private static EvidenceItem Evidence(Fact fact, Outcome outcome, string message) =>
        new(fact.ProbeId, outcome, fact.Location?.Path ?? "", fact.Location?.Line ?? 0, message);

    private static string Where(Fact fact) => fact.Location is { } l ? $"{l.Path}:{l.Line}" : fact.ProbeId;

    private static double? Number(Fact fact, string key) =>
        fact.Attributes.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Seconds(double seconds) => seconds switch
    {
        >= 86400 when seconds % 86400 == 0 => $"{seconds / 86400:0} day(s)",
        >= 3600 when seconds % 3600 == 0 => $"{seconds / 3600:0} hour(s)",
        >= 60 when seconds % 60 == 0 => $"{seconds / 60:0} minute(s)",
        _ => $"{seconds:0.###} s",
    };

    private static string Size(double bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024):0.##} MB" : $"{bytes / 1024:0.##} KB";
}
