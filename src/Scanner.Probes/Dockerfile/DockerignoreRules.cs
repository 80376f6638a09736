using Scanner.Core.Text;

namespace Scanner.Probes.Dockerfile;

/// <summary>A .dockerignore file's patterns in order (later ones win, <c>!</c> re-includes), asked whether a context path is excluded.</summary>
public sealed class DockerignoreRules
{
    private readonly List<(Glob Glob, bool Negated, int Line)> _rules = [];

    public DockerignoreRules(SourceText text)
    {
        for (var line = 1; line <= text.LineCount; line++)
        {
            var pattern = text.Line(line).Trim().ToString();
            if (pattern.Length == 0 || pattern.StartsWith('#'))
            {
                continue;
            }

            var negated = pattern.StartsWith('!');
            pattern = pattern.TrimStart('!').Trim();
            pattern = pattern.StartsWith("./", StringComparison.Ordinal) ? pattern[2..] : pattern;
            pattern = pattern.TrimStart('/').TrimEnd('/');
            if (pattern.Length > 0)
            {
                _rules.Add((new Glob("/" + pattern), negated, line));
                if (!pattern.EndsWith("/**", StringComparison.Ordinal))
                {
                    _rules.Add((new Glob("/" + pattern + "/**"), negated, line));
                }
            }
        }
    }

    /// <summary>The line of the rule that excludes the path, or 0 when the path is sent to the builder.</summary>
    public int ExcludedBy(string path)
    {
        var line = 0;
        foreach (var (glob, negated, at) in _rules)
        {
            if (glob.IsMatch(path))
            {
                line = negated ? 0 : at;
            }
        }

        return line;
    }
}
