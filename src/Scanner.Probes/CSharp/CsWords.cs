using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Whole-word-agnostic searches for names in C# code (not comments or strings): the candidates that turn a
/// probe's "none found" into "undecided" when the code names the control in a way the probe does not recognise.
/// </summary>
public static class CsWords
{
    /// <summary>Each offset in code where <paramref name="word"/> starts.</summary>
    public static IEnumerable<int> InCode(SourceDocument doc, string word)
    {
        for (var i = doc.Content.IndexOf(word, StringComparison.Ordinal); i >= 0; i = doc.Content.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            if (doc.Regions.KindAt(i) == RegionKind.Code)
            {
                yield return i;
            }
        }
    }

    /// <summary>The first file and offset where any of the words stands in code, or null.</summary>
    public static (SourceDocument Doc, int Offset)? First(IEnumerable<SourceDocument> files, IReadOnlyList<string> words) =>
        files.SelectMany(d => words.SelectMany(w => InCode(d, w)).Select(i => ((SourceDocument, int)?)(d, i))).FirstOrDefault();
}
