namespace Scanner.Core.Text;

/// <summary>Chooses the lexer for a language and returns the file's comment and string regions.</summary>
public static class RegionLexer
{
    /// <param name="text">The file's text.</param>
    /// <param name="language">Its comment and string syntax.</param>
    /// <param name="path">The file's path, when known: it tells JavaScript from TypeScript, which cannot hold JSX.</param>
    public static RegionMap Lex(string text, Language language, string? path = null) => language switch
    {
        Language.JavaScript => new RegionMap(JsLexer.Lex(text, JsLexer.AllowsJsx(path))),
        Language.CSharp => new RegionMap(CStyleLexer.Lex(text)),
        Language.Python or Language.Yaml or Language.Dockerfile or Language.Shell or Language.Env or Language.Nginx
            => new RegionMap(HashLexer.Lex(text, language)),
        Language.Markdown => new RegionMap(MarkdownProse(text)),
        _ => RegionMap.Empty,
    };

    /// <summary>Markdown prose counts as comment; only fenced code blocks count as code.</summary>
    private static List<Region> MarkdownProse(string text)
    {
        var regions = new List<Region>();
        var proseStart = 0;
        var inFence = false;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimStart();
            if (line.StartsWith("```") || line.StartsWith("~~~"))
            {
                if (!inFence && lineEnd > proseStart)
                {
                    regions.Add(new Region(proseStart, lineEnd - proseStart, RegionKind.Comment));
                }

                inFence = !inFence;
                proseStart = lineEnd;
            }

            lineStart = lineEnd;
        }

        if (!inFence && text.Length > proseStart)
        {
            regions.Add(new Region(proseStart, text.Length - proseStart, RegionKind.Comment));
        }

        return regions;
    }
}
