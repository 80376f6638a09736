using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Recognition by shape (TRUTH.md §2 and §4): capabilities teams write by hand instead of taking a package, found
/// in wired-in code. A shape is a pattern that must match in code plus patterns that must also occur somewhere in
/// code of the same module ("answers 429" and "keeps a per-client store"). A probe that finds no recognised
/// library uses a strong shape as evidence, and a weak one to say "unknown, here is what I saw" instead of
/// calling the capability absent.
/// </summary>
public static class JsHandRolled
{
    /// <summary>One piece of evidence per wired module where <paramref name="shape"/> matches in code and every pattern of <paramref name="also"/> does too.</summary>
    public static List<JsEvidence> Find(ProbeContext context, ModuleGraph graph, Regex shape, string keyword, IReadOnlyList<(Regex Pattern, string Keyword)> also, string what, Func<string, bool>? onlyPaths = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(graph);
        var found = new List<JsEvidence>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path) && (onlyPaths?.Invoke(d.Path) ?? true)))
        {
            var first = JsCode.Matches(doc, shape, keyword).FirstOrDefault();
            if (first is not null && also.All(a => JsCode.Matches(doc, a.Pattern, a.Keyword).Count > 0))
            {
                found.Add(new JsEvidence(doc, first.Index, what));
            }
        }

        return found;
    }

    /// <summary>"Unknown, with what was seen": the candidate places, none of them a recognised mechanism.</summary>
    public static Finding Unrecognised(ProbeContext context, IReadOnlyList<JsEvidence> candidates, string capability)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = candidates[0];
        var where = string.Join(", ", candidates.Take(3).Select(c => $"{c.Doc.Path}:{c.Doc.Text.LineOf(c.Offset)}"));
        return context.Inconclusive($"no recognised {capability}, but wired-in code looks like a hand-written one ({first.What} at {where}); check it by hand",
            new SourceLocation(first.Doc.Path, first.Doc.Text.LineOf(first.Offset), first.Doc.Text.ColumnOf(first.Offset)));
    }
}
