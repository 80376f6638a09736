using System.Collections.Concurrent;
using System.Globalization;
using Scanner.Checklist.Controls;
using Scanner.Checklist.Text;

namespace Scanner.Checklist.Matching;

/// <summary>
/// Matches a checklist line to the controls it names. In order, and the first rule that finds anything wins:
/// an explicit tag; the line being exactly a control's title; alias phrases (several controls when the line
/// names several things); at least <see cref="KeywordThreshold"/> of one control's keywords. A phrase inside a
/// longer phrase of another control gives way to it, and broad (umbrella) controls give way to specific ones.
/// A line that reaches none of them matches nothing: it is not machine-verifiable, and the matcher never guesses.
/// </summary>
/// <remarks>
/// Everything from the catalog is normalized once here; a line costs one tokenization plus dictionary
/// look-ups per token, so checklists of any length match in linear time without regexes.
/// </remarks>
public sealed class ControlMatcher
{
    /// <summary>Distinct keywords of one control a line needs before keywords alone count as a match.</summary>
    public const int KeywordThreshold = 2;

    private const double TagScore = 1.0;
    private const double TitleScore = 0.95;

    private readonly IReadOnlyList<Control> _controls;
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasPattern>> _aliasesByFirstToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int ControlIndex, string Keyword)>> _keywords = new(StringComparer.Ordinal);

    // Lines that match alike share one result: a million-line checklist keeps a few hundred match lists, not a million.
    private readonly ConcurrentDictionary<string, IReadOnlyList<ControlMatch>> _results = new(StringComparer.Ordinal);

    public ControlMatcher(ControlCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _controls = catalog.Controls;
        for (var index = 0; index < _controls.Count; index++)
        {
            Index(index, _controls[index]);
        }
    }

    /// <summary>Matches one checklist line.</summary>
    /// <param name="text">The line's text (Markdown emphasis and code marks are fine).</param>
    /// <param name="tag">The control id from a <c>&lt;!-- readyscan: id --&gt;</c> tag on the line, if any.
    /// A tag naming no known control is ignored and the text is matched as usual.</param>
    /// <returns>Matches by score, highest first, then by control id; empty when nothing matches.</returns>
    public IReadOnlyList<ControlMatch> Match(string text, string? tag)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrWhiteSpace(tag) && _indexById.TryGetValue(tag.Trim(), out var tagged))
        {
            return Shared([new ControlMatch(_controls[tagged].Id, "tag", TagScore)]);
        }

        var tokens = PhraseNormalizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        if (_titles.TryGetValue(string.Join(' ', tokens), out var titled))
        {
            return Shared([new ControlMatch(_controls[titled].Id, "title", TitleScore)]);
        }

        var matches = MatchAliases(tokens);
        if (matches.Count == 0)
        {
            matches = MatchKeywords(tokens);
        }

        // Umbrella controls step aside when the line names something specific.
        if (matches.Exists(m => !IsBroad(m)))
        {
            matches.RemoveAll(IsBroad);
        }

        matches.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.ControlId, b.ControlId);
        });
        return Shared(matches);
    }

    private IReadOnlyList<ControlMatch> Shared(List<ControlMatch> matches)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var key = string.Join('\n', matches.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.ControlId}\t{m.MatchedBy}\t{m.Score:R}")));
        return _results.GetOrAdd(key, static (_, found) => [.. found], matches);
    }

    private List<ControlMatch> MatchAliases(IReadOnlyList<string> tokens)
    {
        var hits = new List<AliasHit>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!_aliasesByFirstToken.TryGetValue(tokens[start], out var candidates))
            {
                continue;
            }

            foreach (var pattern in candidates)
            {
                if (PhraseNormalizer.OccursAt(tokens, start, pattern.Tokens))
                {
                    hits.Add(new AliasHit(pattern, start));
                }
            }
        }

        // Per control keep its longest unshadowed phrase; on a tie the one earlier in the line.
        var best = new Dictionary<int, AliasPattern>();
        foreach (var hit in hits)
        {
            if (hits.Exists(other => hit.IsShadowedBy(other)))
            {
                continue;
            }

            var index = hit.Pattern.ControlIndex;
            if (!best.TryGetValue(index, out var current) || hit.Pattern.Tokens.Count > current.Tokens.Count)
            {
                best[index] = hit.Pattern;
            }
        }

        return best.Values
            .Select(p => new ControlMatch(_controls[p.ControlIndex].Id, "alias:" + p.Alias, AliasScore(p.Tokens.Count)))
            .ToList();
    }

    private List<ControlMatch> MatchKeywords(IReadOnlyList<string> tokens)
    {
        var found = new Dictionary<int, List<string>>();
        foreach (var token in tokens)
        {
            if (!_keywords.TryGetValue(token, out var owners))
            {
                continue;
            }

            foreach (var (index, keyword) in owners)
            {
                if (!found.TryGetValue(index, out var list))
                {
                    found[index] = list = [];
                }

                if (!list.Contains(keyword, StringComparer.Ordinal))
                {
                    list.Add(keyword);
                }
            }
        }

        return found
            .Where(f => f.Value.Count >= KeywordThreshold)
            .Select(f => new ControlMatch(
                _controls[f.Key].Id, "keywords:" + string.Join('+', f.Value), KeywordScore(f.Value.Count)))
            .ToList();
    }

    // Longer phrases are more specific: one word 0.65, each further word +0.05, capped at 0.9.
    private static double AliasScore(int tokenCount) => Math.Round(0.6 + (0.05 * Math.Min(tokenCount, 6)), 2);

    // Always below any alias (0.65): two keywords 0.5, three 0.6, more 0.64.
    private static double KeywordScore(int count) => Math.Round(Math.Min(count / (count + 2.0), 0.64), 2);

    private bool IsBroad(ControlMatch match) => _controls[_indexById[match.ControlId]].Broad;

    private void Index(int index, Control control)
    {
        _indexById.TryAdd(control.Id, index);
        _titles.TryAdd(string.Join(' ', PhraseNormalizer.Tokenize(control.Title)), index);
        foreach (var alias in control.Aliases)
        {
            var tokens = PhraseNormalizer.Tokenize(alias);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (!_aliasesByFirstToken.TryGetValue(tokens[0], out var list))
            {
                _aliasesByFirstToken[tokens[0]] = list = [];
            }

            list.Add(new AliasPattern(index, alias, tokens));
        }

        foreach (var keyword in control.Keywords)
        {
            var tokens = PhraseNormalizer.Tokenize(keyword);
            if (tokens.Count != 1)
            {
                continue;
            }

            if (!_keywords.TryGetValue(tokens[0], out var owners))
            {
                _keywords[tokens[0]] = owners = [];
            }

            // Two spellings of one stem ("limit", "limiting") must not count twice for one word.
            if (!owners.Exists(o => o.ControlIndex == index))
            {
                owners.Add((index, keyword));
            }
        }
    }
}
