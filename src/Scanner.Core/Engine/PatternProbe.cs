using Scanner.Core.Model;
using Scanner.Core.Rules;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Engine;

/// <summary>
/// Runs a declarative card. <c>forbid</c>: each match in scope is a Fail, each applicable file without one a Pass.
/// <c>require</c>: a match is a Pass; its absence (anywhere, or per file) a Fail. No file in scope: NotApplicable.
/// </summary>
public sealed class PatternProbe : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var card = context.Card;
        var rule = card.Forbid ?? card.Require ?? throw new InvalidOperationException($"{card.Source}: no pattern to run");
        var forbid = card.Forbid is not null;
        var findings = new List<Finding>();
        var files = 0;
        var clean = new List<string>();
        foreach (var doc in context.Documents())
        {
            files++;
            var matches = Matches(doc, rule);
            if (forbid)
            {
                if (matches.Count == 0)
                {
                    clean.Add(doc.Path);
                }

                findings.AddRange(matches.Select(m => context.Fail(doc, m, rule.Message)));
            }
            else if (matches.Count > 0)
            {
                findings.Add(context.Pass(doc, matches[0], rule.Message));
            }
            else if (rule.Scope == RequireScope.EachFile)
            {
                findings.Add(context.AtFile(Outcome.Fail, doc.Path, $"required pattern not found: {rule.Message}"));
            }
        }

        if (files == 0)
        {
            return [context.NotApplicable("no file in this probe's scope")];
        }

        if (forbid && clean.Count > 0)
        {
            findings.Add(context.Searched(clean, $"no match in {clean.Count} of {files} file(s) in scope"));
        }

        if (!forbid && rule.Scope == RequireScope.AnyFile && findings.Count == 0)
        {
            findings.Add(context.Missing($"required pattern not found in {files} file(s): {rule.Message}"));
        }

        return findings;
    }

    /// <summary>Start offsets of matches that sit in the region the card asks for, after the keyword gate.</summary>
    public static List<int> Matches(SourceDocument doc, PatternRule rule)
    {
        var offsets = new List<int>();
        var text = doc.Content;
        if (rule.Keywords.Count > 0 && !rule.Keywords.Any(k => IgnoreCaseSearch.Contains(text, k)))
        {
            return offsets;
        }

        foreach (var match in rule.Pattern.EnumerateMatches(text))
        {
            if (rule.In == MatchScope.Anywhere || InScope(doc.Regions.KindAt(match.Index), rule.In))
            {
                offsets.Add(match.Index);
            }
        }

        return offsets;
    }

    private static bool InScope(RegionKind kind, MatchScope scope) => scope switch
    {
        MatchScope.Code => kind == RegionKind.Code,
        MatchScope.Comments => kind == RegionKind.Comment,
        _ => true,
    };
}
