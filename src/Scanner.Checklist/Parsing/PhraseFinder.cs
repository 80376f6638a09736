using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// Finds a status phrase used as a status, not mentioned as a topic. "Backups (needs implementation)" states a
/// status; "Remove TODO comments" is a task about TODOs. A phrase counts when it sits in a status slot:
/// <list type="bullet">
/// <item>opening a parenthesis, a bracket or a dash clause: "(needs implementation)", "— TODO";</item>
/// <item>as the label the text opens with: "TODO: alerts", "[WIP] caching";</item>
/// <item>closing the text after ':' ';' or "but": "Caching: pending", "Sentry, but not configured";</item>
/// <item>or, for predicates that only ever describe state ("not yet implemented"), anywhere, unless the text opens
/// with a task verb ("Detect not yet verified users") or a conditional word precedes it ("501 when not
/// implemented").</item>
/// </list>
/// Code spans are already blanked in the prose, and quoted text is ignored here.
/// </summary>
internal sealed class PhraseFinder
{
    // Interpreted, within LineBounds: phrase lists make long alternations, slow to build as automata.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Built on first use: the keyword prefilter keeps most checklists from ever needing them.
    private static readonly Lazy<Regex> Quoted = new(() => new("\"[^\"]*\"|\u201C[^\u201D]*\u201D", Options, LineBounds.Timeout));

    private static readonly Lazy<Regex> TaskVerb = new(() => new(
        @"^(remove|delete|handle|detect|flag|report|fix|find|catch|log|track|list|check|warn|block|reject|prevent|clean|hide|filter|skip|notify|alert|retry|return|show|display|highlight|mark|validate|test|document|lint|count|mock)\b",
        Options, LineBounds.Timeout));

    private static readonly Lazy<Regex> Conditional = new(() => new(@"\b(when|if|unless|for|whether|of|about|on)\s+$", Options, LineBounds.Timeout));

    private static readonly Lazy<Regex> ConditionFollows = new(() => new(@"^\s+(if|when|unless|depending)\b", Options, LineBounds.Timeout));

    private readonly Lazy<Regex> _parenthetical;
    private readonly Lazy<Regex> _label;
    private readonly Lazy<Regex> _closing;
    private readonly Lazy<Regex>? _predicate;
    private readonly bool _conditionVoids;
    private readonly string[] _keywords;

    /// <param name="conditionVoids">A condition right after the phrase voids it: "(N/A if hosted on Vercel)" is no claim.</param>
    public PhraseFinder(IEnumerable<string> slotPhrases, IEnumerable<string> predicates, bool conditionVoids = false)
    {
        _conditionVoids = conditionVoids;
        var predicateList = predicates.ToList();
        var all = slotPhrases.Concat(predicateList).ToList();
        var slot = Alternation(all);

        // Every match contains the longest word of its phrase, so a literal search rules out most lines before any
        // regex runs (the gitleaks keyword prefilter).
        _keywords = [.. all.Select(LongestWord).Distinct(StringComparer.OrdinalIgnoreCase)];
        _parenthetical = new(() => new Regex($@"(?:[(\[]|\s[-\u2013\u2014]+\s)\s*(?:still\s+|currently\s+|but\s+)?({slot})\b", Options, LineBounds.Timeout));
        _label = new(() => new Regex($@"^[(\[]?\s*({slot})\s*(?::|[)\]]|\s[-\u2013\u2014]|$)", Options, LineBounds.Timeout));
        _closing = new(() => new Regex($@"(?:[:;]|\sbut|\sthough|\salthough)\s+(?:still\s+|currently\s+|is\s+|are\s+)?({slot})\s*[.!)\]]*\s*$", Options, LineBounds.Timeout));
        var predicate = Alternation(predicateList);
        _predicate = predicateList.Count > 0 ? new(() => new Regex($@"\b({predicate})\b", Options, LineBounds.Timeout)) : null;
    }

    /// <summary>The phrase as written, or null.</summary>
    public string? Find(string prose)
    {
        if (prose.Length > LineBounds.MaxLength || !_keywords.Any(k => IgnoreCaseSearch.Contains(prose, k)))
        {
            return null;
        }

        try
        {
            return FindIn(prose);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private string? FindIn(string prose)
    {
        var text = Quoted.Value.Replace(prose, "\u2026").Trim();
        foreach (var slot in new[] { _parenthetical, _label, _closing })
        {
            var match = slot.Value.Match(text);
            if (match.Success && !IsConditional(text, match.Groups[1]))
            {
                return match.Groups[1].Value;
            }
        }

        if (_predicate is null || TaskVerb.Value.IsMatch(text))
        {
            return null;
        }

        for (var match = _predicate.Value.Match(text); match.Success; match = match.NextMatch())
        {
            if (!Conditional.Value.IsMatch(text[..match.Index]) && !IsConditional(text, match.Groups[1]))
            {
                return match.Groups[1].Value;
            }
        }

        return null;
    }

    private bool IsConditional(string text, Group phrase) =>
        _conditionVoids && ConditionFollows.Value.IsMatch(text[(phrase.Index + phrase.Length)..]);

    // The part before an apostrophe, so "doesn't" also prefilters "doesn’t".
    private static string LongestWord(string phrase) =>
        phrase.Split(' ').Select(w => w.Split('\'')[0]).MaxBy(w => w.Length) ?? phrase;

    private static string Alternation(IEnumerable<string> phrases) =>
        string.Join('|', phrases
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("'", "['\u2019]", StringComparison.Ordinal)));
}
