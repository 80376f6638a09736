using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Core.Fixtures;

/// <summary>Reads semgrep-style annotations in any comment syntax (#, //, %, /* */, &lt;!-- --&gt;, --, ;).</summary>
public static partial class AnnotationReader
{
    public static IReadOnlyList<FixtureAnnotation> Read(SourceDocument doc)
    {
        var annotations = new List<FixtureAnnotation>();
        var text = doc.Text;
        for (var line = 1; line <= text.LineCount; line++)
        {
            var content = text.Line(line).ToString();
            foreach (Match m in Annotation().Matches(content))
            {
                var kind = m.Groups["kind"].Value == "ok" ? AnnotationKind.Ok : AnnotationKind.RuleId;
                var before = CommentOpener().Replace(content[..m.Index], "").Trim();
                var target = before.Length > 0 ? line : NextCodeLine(text, line);
                annotations.Add(new FixtureAnnotation(doc.Path, line, target, kind, m.Groups["id"].Value));
            }
        }

        return annotations;
    }

    private static int NextCodeLine(SourceText text, int line)
    {
        var next = line + 1;
        while (next <= text.LineCount && Annotation().IsMatch(text.Line(next).ToString()) && IsAnnotationOnly(text.Line(next).ToString()))
        {
            next++;
        }

        return next;
    }

    private static bool IsAnnotationOnly(string line)
    {
        var m = Annotation().Match(line);
        return CommentOpener().Replace(line[..m.Index], "").Trim().Length == 0;
    }

    [GeneratedRegex(@"(?<kind>ruleid|ok):\s*(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)", RegexOptions.None, 100)]
    private static partial Regex Annotation();

    [GeneratedRegex(@"(?://|#|%|/\*|<!--|--|;|\{/\*)\s*$", RegexOptions.None, 100)]
    private static partial Regex CommentOpener();
}
