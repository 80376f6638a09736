using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// A value a line says comes from the environment, named in words rather than by its variable: "SendGrid API key in
/// an environment variable", "Database URL from environment variable". Each word of the subject becomes a group of
/// fragments a variable's name must carry one of (SENDGRID; KEY or TOKEN), so SENDGRID_API_KEY answers the first and
/// DATABASE_URL the second. Subjects of generic words only ("all secrets", "configuration") name no variable and are
/// left to the controls that judge them.
/// </summary>
public static partial class EnvSourced
{
    private static readonly Dictionary<string, string[]> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["database"] = ["DATABASE", "DB", "POSTGRES", "PG", "MYSQL", "MONGO", "SQL"],
        ["db"] = ["DATABASE", "DB", "POSTGRES", "PG", "MYSQL", "MONGO", "SQL"],
        ["url"] = ["URL", "URI", "DSN"],
        ["uri"] = ["URL", "URI", "DSN"],
        ["dsn"] = ["URL", "URI", "DSN"],
        ["connection"] = ["URL", "URI", "DSN", "CONNECTION"],
        ["credentials"] = ["PASSWORD", "PASS", "PWD", "URL", "URI", "DSN", "CREDENTIALS", "USER"],
        ["password"] = ["PASSWORD", "PASS", "PWD", "URL", "URI", "DSN"],
        ["key"] = ["KEY", "TOKEN", "SECRET"],
        ["keys"] = ["KEY", "TOKEN", "SECRET"],
        ["token"] = ["TOKEN", "KEY", "SECRET"],
        ["tokens"] = ["TOKEN", "KEY", "SECRET"],
        ["secret"] = ["SECRET", "KEY", "TOKEN"],
    };

    // Words that narrow nothing: a subject of these alone ("all secrets", "sensitive configuration") is not a variable.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "the", "our", "any", "every", "each", "and", "or", "of", "for", "a", "an", "api", "string", "strings",
        "secrets", "credential", "sensitive", "data", "config", "configuration", "settings", "values", "value",
        "variables", "variable", "env", "environment", "production", "app", "application", "service", "services",
        "other", "third-party", "third", "party", "external", "private", "public", "is", "are", "be", "now", "only",
    };

    /// <summary>The named subject's fragment groups, with how it is shown, or none when the line names no such subject.</summary>
    public static IReadOnlyList<(string Display, IReadOnlyList<IReadOnlyList<string>> Groups)> Named(string text)
    {
        var found = new List<(string, IReadOnlyList<IReadOnlyList<string>>)>();
        foreach (Match m in Phrase().Matches(text))
        {
            var words = m.Groups["subject"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var groups = new List<IReadOnlyList<string>>();
            var specific = false;
            foreach (var word in words.Select(w => w.Trim('.', ',', '(', ')', '`', '*', '"', '\'')).Where(w => w.Length > 1 && !Generic.Contains(w)))
            {
                if (Groups.TryGetValue(word, out var group))
                {
                    specific |= group[0] == "DATABASE";
                    groups.Add(group);
                }
                else if (NameWord().IsMatch(word))
                {
                    specific = true;
                    groups.Add([word.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant()]);
                }
            }

            if (specific && groups.Count is > 0 and <= 3)
            {
                found.Add((string.Join(' ', words), groups));
            }
        }

        return found;
    }

    /// <summary>Whether an upper-case name on a code line carries one fragment of every group.</summary>
    /// <remarks>A name in a read's position (quoted, or after <c>env.</c>) comes first: in
    /// <c>config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]</c> the variable is DATABASE_URL.</remarks>
    public static string? Variable(string line, IReadOnlyList<IReadOnlyList<string>> groups) =>
        UpperName().Matches(line).Where(n => groups.All(g => g.Any(f => n.Value.Contains(f, StringComparison.Ordinal))))
            .OrderBy(n => InReadPosition(line, n) ? 0 : 1).ThenBy(n => n.Index).Select(n => n.Value).FirstOrDefault();

    private static bool InReadPosition(string line, Match name)
    {
        var before = line[..name.Index];
        var after = name.Index + name.Length < line.Length ? line[name.Index + name.Length] : ' ';
        return before.EndsWith("env.", StringComparison.Ordinal) || before.EndsWith("ENV[\"", StringComparison.Ordinal)
            || ((before.EndsWith('"') || before.EndsWith('\'')) && (after is '"' or '\'') && !before.TrimEnd('"', '\'').TrimEnd().EndsWith("config[", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the read falls back to a literal when the variable is unset (<c>|| 'x'</c>, <c>getenv('X', 'x')</c>).</summary>
    public static bool FallsBack(string line) => Fallback().IsMatch(line);

    // "<subject> (is|are) (stored|kept|loaded|read) in/from/via environment variable(s)"
    [GeneratedRegex(@"(?<subject>(?:[\w.'`*-]{1,30} ){0,3}[\w.'`*-]{1,30}) (?:(?:is|are) )?(?:(?:stored|kept|loaded|read|set|configured|provided|passed|supplied|managed|moved) )?(?:in|from|via|through|using) (?:the |an |a )?(?:environment|env)[ -]?(?:variables?|vars?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PhraseCompiled();

    private static Regex Phrase() => LinearRegex.Pick(PhraseCompiled());

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]{2,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){0,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex UpperName();

    [GeneratedRegex(@"(?:\|\||\?\?|\bor\b)[ \t]{0,8}['""`][^'""`\n]{1,200}['""`]|\b(?:getenv|get)[ \t]{0,8}\([ \t]{0,8}['""][A-Z0-9_]{1,80}['""][ \t]{0,8},[ \t]{0,8}['""][^'""\n]{1,200}['""]", RegexOptions.CultureInvariant)]
    private static partial Regex Fallback();
}
