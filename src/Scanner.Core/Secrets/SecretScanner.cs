using Scanner.Core.Text;

namespace Scanner.Core.Secrets;

/// <summary>Finds secret values in text: provider formats anywhere, generic assignments where the language allows.</summary>
public static class SecretScanner
{
    public static IReadOnlyList<SecretMatch> Scan(string text, Language language)
    {
        var matches = new List<SecretMatch>();
        foreach (var kind in SecretPatterns.Provider)
        {
            Collect(kind, text, matches);
        }

        Collect(SecretPatterns.QuotedAssignment, text, matches);
        if (language is Language.Env or Language.Yaml or Language.Shell or Language.Other)
        {
            Collect(SecretPatterns.UnquotedAssignment, text, matches);
        }

        if (language is Language.Dockerfile)
        {
            Collect(SecretPatterns.DockerfileAssignment, text, matches);
            Collect(SecretPatterns.DockerfileLegacyAssignment, text, matches);
        }

        return Deduplicate(matches);
    }

    private static void Collect(SecretKind kind, string text, List<SecretMatch> into)
    {
        if (!ContainsAnyKeyword(text, kind.Keywords))
        {
            return;
        }

        foreach (var m in kind.Pattern.EnumerateMatches(text))
        {
            var match = kind.Pattern.Match(text, m.Index, m.Length);
            var value = match.Groups["value"];
            if (!value.Success || Placeholders.IsPlaceholder(value.Value, kind.Generic))
            {
                continue;
            }

            into.Add(new SecretMatch(kind, m.Index, m.Length, value.Index, value.Length));
        }
    }

    private static bool ContainsAnyKeyword(string text, IReadOnlyList<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            if (text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A provider match wins over a generic one on the same value; the result is in text order.</summary>
    private static List<SecretMatch> Deduplicate(List<SecretMatch> matches)
    {
        var kept = new List<SecretMatch>();
        foreach (var m in matches.OrderBy(m => m.ValueStart).ThenBy(m => m.Kind.Generic))
        {
            if (kept.Count > 0 && kept[^1].ValueStart + kept[^1].ValueLength > m.ValueStart)
            {
                continue;
            }

            kept.Add(m);
        }

        return kept;
    }
}
