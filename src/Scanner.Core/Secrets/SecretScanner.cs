using Scanner.Core.Text;

namespace Scanner.Core.Secrets;

/// <summary>
/// Finds secret values in text: one keyword search picks the kinds worth running, each kind's regex finds
/// candidates, and the value gate keeps the real ones. Provider formats win over generic matches on one value.
/// </summary>
public static class SecretScanner
{
    private static readonly Lazy<KeywordFilter> Filter = new(() => new KeywordFilter(SecretKindCatalog.All));

    public static IReadOnlyList<SecretMatch> Scan(string text, Language language) => Scan(text, language, null, includeGeneric: true);

    /// <summary>
    /// Loads the kinds and builds the keyword filter, which nearly every scan needs (the redaction of every report
    /// message asks the scanner); meant to run on a core the single-threaded start of a scan leaves idle.
    /// </summary>
    public static void Prewarm()
    {
        _ = Filter.Value;
    }

    /// <summary>
    /// The secrets in <paramref name="text"/>. When <paramref name="rejected"/> is given, every candidate that was
    /// passed over is added to it with the reason (for verbose logs); <paramref name="includeGeneric"/> false
    /// searches provider formats only (minified bundles, vendored code).
    /// </summary>
    public static IReadOnlyList<SecretMatch> Scan(string text, Language language, List<SecretRejection>? rejected, bool includeGeneric)
    {
        var kinds = SecretKindCatalog.All;
        if (text.Length == 0 || Filter.Value.Hits(text) is not { } hits)
        {
            return [];
        }

        var matches = new List<SecretMatch>();
        var rejections = rejected is null ? null : new List<SecretRejection>();
        for (var i = 0; i < kinds.Count; i++)
        {
            var kind = kinds[i];
            if (hits[i] && kind.AppliesTo(language) && (includeGeneric || !kind.Generic))
            {
                Collect(kind, text, language, matches, rejections);
            }
        }

        var kept = Deduplicate(matches);
        if (rejected is not null)
        {
            rejected.AddRange(rejections!.Where(r => !kept.Exists(m => m.ValueStart <= r.ValueStart && r.ValueStart < m.ValueStart + m.ValueLength)));
        }

        return kept;
    }

    /// <summary>One kind's secrets in <paramref name="text"/>, for tests of the timeout path.</summary>
    internal static List<SecretMatch> ScanKind(SecretKind kind, string text, Language language)
    {
        var matches = new List<SecretMatch>();
        Collect(kind, text, language, matches, null);
        return matches;
    }

    /// <summary>
    /// A kind's pattern is compiled at build time; one that can backtrack without bound runs compiled on short text
    /// only (report messages, evidence lines, small files) and on its non-backtracking twin otherwise
    /// (<see cref="LinearRegex.Matches"/>).
    /// </summary>
    private static void Collect(SecretKind kind, string text, Language language, List<SecretMatch> into, List<SecretRejection>? rejected)
    {
        KubernetesSecretData? manifest = null;
        foreach (var match in LinearRegex.Matches(kind.Pattern, text))
        {
            var value = match.Groups["value"];
            if (!value.Success || value.Length == 0)
            {
                continue;
            }

            var name = match.Groups["name"] is { Success: true } n ? n.Value : null;
            var start = match.Index;
            var reason = kind.Generic && IsCharLiteral(text, value.Index, value.Length, language)
                ? "single quotes hold one character in this language: not a string"
                : SecretValueGate.Reject(kind, value.Value, name, MatchAndRestOfLine(text, match.Index, match.Length));
            if (reason is null && kind.Validation == SecretValidation.KubernetesData)
            {
                manifest ??= KubernetesSecretData.Read(text);
                (reason, start) = manifest.Judge(value.Index, value.Value);
            }

            if (reason is null)
            {
                into.Add(new SecretMatch(kind, start, value.Index + value.Length - start, value.Index, value.Length));
            }
            else
            {
                rejected?.Add(new SecretRejection(kind, value.Index, reason));
            }
        }
    }

    /// <summary>
    /// In the C family (C, Objective-C, C#, Java, Go, Rust, Kotlin, Swift) 'x' is a character, so a longer value in single quotes
    /// is not a string literal of the program: it is text about code (a comment, a doc sample) or does not compile.
    /// </summary>
    private static bool IsCharLiteral(string text, int start, int length, Language language) =>
        language == Language.CSharp && start > 0 && text[start - 1] == '\'' && start + length < text.Length && text[start + length] == '\'';

    private static string MatchAndRestOfLine(string text, int start, int length)
    {
        var end = text.IndexOf('\n', start + length);
        end = end < 0 ? text.Length : Math.Min(end, start + length + 200);
        return text[start..end];
    }

    /// <summary>Provider matches win over generic ones that overlap them; the result is in text order.</summary>
    private static List<SecretMatch> Deduplicate(List<SecretMatch> matches)
    {
        var kept = new List<SecretMatch>();
        foreach (var m in matches.OrderBy(m => m.Kind.Generic).ThenBy(m => m.ValueStart).ThenByDescending(m => m.ValueLength))
        {
            if (!kept.Exists(k => k.ValueStart < m.ValueStart + m.ValueLength && m.ValueStart < k.ValueStart + k.ValueLength))
            {
                kept.Add(m);
            }
        }

        kept.Sort((a, b) => a.ValueStart.CompareTo(b.ValueStart));
        return kept;
    }
}
