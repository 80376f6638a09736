using System.Text.RegularExpressions;
using Scanner.Checklist.Parsing;
using Scanner.Checklist.Text;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// The artifacts a checklist line names (TRUTH.md §4): pinned packages, statements and calls, files and environment
/// variables, from its code spans and, for files and variables, from its prose. Names inside an example clause
/// ("(e.g. `redis.ts`)") are left out: they illustrate the claim, they are not it. A file named after a statement
/// or a pin is where that statement is said to be, not a claim of its own.
/// </summary>
public static partial class ArtifactExtractor
{
    // Compared as the normalizer's stems, as every other word list of the checklist layer ("stripped" is left out: its
    // stem is the one of "Stripe").
    private static readonly HashSet<string> AbsentWords = new(
        new[] { "removed", "remove", "no", "never", "without", "eliminated", "deleted", "dropped", "none" }.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);

    // Technology names written like files: "Node.js" is a runtime, not a file the line asks for.
    private static readonly HashSet<string> NotFiles = new(
        ["node.js", "next.js", "react.js", "vue.js", "express.js", "helmet.js", "nest.js", "nuxt.js", "chart.js", "three.js", "d3.js",
         "socket.io", "moment.js", "angular.js", "svelte.js", "alpine.js", "p5.js", "anime.js", "ember.js", "backbone.js", "asp.net",
         "vercel.app", "netlify.app", "auth.js", "passport.js", "bcrypt.js", "day.js", "swr.js", "zod.js"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly char[] Separators = [' ', '\t', ',', ';', '(', ')', '"', '`', '\'', '|', '*'];
    private static readonly char[] EndPunctuation = ['.', ':', '!', '?'];
    private static readonly char[] Brackets = ['[', ']', '{', '}'];

    // Upper-case words with underscores that are not variables.
    private static readonly HashSet<string> NotVariables = new(["UTF_8", "HS_256", "RS_256", "TLS_1", "SHA_256", "MAX_AGE"], StringComparer.Ordinal);

    public static IReadOnlyList<Artifact> From(ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.Text;
        // "non-root", "non-blocking": the prefix negates the word it joins, not the line's claim.
        var absent = PhraseNormalizer.Tokenize(NonPrefix().Replace(text, "")).Any(AbsentWords.Contains);
        var found = new List<Artifact>();
        var files = FileNames(item).Where(f => !IsExample(text, f)).ToList();
        foreach (var span in item.CodeSpans.Where(s => !IsExample(text, s)))
        {
            if (Pin().Match(span) is { Success: true } pin)
            {
                found.Add(new Artifact(ArtifactKind.PackagePin, pin.Groups["name"].Value, absent) { Version = pin.Groups["version"].Value, InFile = files.FirstOrDefault(IsManifest) });
            }
            else if (IsCode(span))
            {
                found.Add(new Artifact(ArtifactKind.Code, Fold(span), absent) { InFile = files.FirstOrDefault(f => !IsManifest(f)) });
            }
        }

        // A file that only says where a statement or a pin is gets no qualifier of its own.
        var located = found.Select(a => a.InFile).OfType<string>().ToHashSet(StringComparer.Ordinal);
        found.AddRange(files.Where(f => !located.Contains(f)).Select(f => new Artifact(ArtifactKind.File, f, absent)));
        found.AddRange(Variables(text).Where(v => !IsExample(text, v)).Select(v => new Artifact(ArtifactKind.EnvVar, v, absent)));
        // An unticked line that plans a store ("Redis cache (if needed)") is still not done while nothing uses it.
        found.AddRange(Technologies.Named(text, planned: item.Claim == Claim.NotDone).Select(t => new Artifact(ArtifactKind.Technology, t.Name, absent) { Traces = t.Traces }));
        found.AddRange(ConfigSettings.Named(text).Select(s => new Artifact(ArtifactKind.Setting, s.Name, absent) { Setting = s }));
        found.AddRange(EnvSourced.Named(text).Select(s => new Artifact(ArtifactKind.EnvSourced, s.Display, absent) { Fragments = s.Groups }));
        return found.DistinctBy(a => (a.Kind, a.Name)).ToList();
    }

    /// <summary>Whether the name sits in a parenthesis or clause that gives examples ("e.g.", "such as", "like", "etc").</summary>
    public static bool IsExample(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var open = text.LastIndexOf('(', at);
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        var clause = open >= 0 && close >= at ? text[open..close] : text[Math.Max(0, at - 24)..Math.Min(text.Length, at + name.Length + 8)];
        return ExampleWords().IsMatch(clause);
    }

    private static bool IsManifest(string file) =>
        file.EndsWith("requirements.txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith("package.json", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith("pyproject.toml", StringComparison.OrdinalIgnoreCase) || file.EndsWith("Pipfile", StringComparison.OrdinalIgnoreCase);

    /// <summary>A statement (<c>import x</c>, <c>from x import y</c>, <c>require('x')</c>) or a call (<c>a.b()</c>, <c>f(x)</c>).</summary>
    private static bool IsCode(string span) =>
        span.Length is >= 4 and <= 120 && !span.Contains("://", StringComparison.Ordinal)
        && (Statement().IsMatch(span) || Call().IsMatch(span));

    private static string Fold(string span) => string.Join(' ', span.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> FileNames(ChecklistItem item)
    {
        var fromSpans = item.CodeSpans.Where(s => FileSpan().IsMatch(s) && !IsTechnology(s) && !Pin().IsMatch(s));
        var fromProse = item.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd(EndPunctuation).Trim(Brackets))
            .Where(w => w.Length is > 2 and < 200 && ProseFile().IsMatch(w) && !IsTechnology(w));
        return fromSpans.Concat(fromProse).Select(f => f.TrimStart('.', '/').Length == 0 ? f : f.StartsWith("./", StringComparison.Ordinal) ? f[2..] : f).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Node.js", "NextAuth.js": a capitalised name before <c>.js</c> with no folder is a library's name, not a file.</summary>
    private static bool IsTechnology(string name) =>
        NotFiles.Contains(name)
        || (name.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !name.Contains('/', StringComparison.Ordinal) && name[..^3].All(char.IsLetter) && name[..^3].Any(char.IsUpper));

    private static IEnumerable<string> Variables(string text) =>
        Variable().Matches(text).Select(m => m.Value).Where(v => v.Length >= 5 && !NotVariables.Contains(v)).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<name>@?[A-Za-z0-9][A-Za-z0-9._/\[\]-]*)\s*(?:==|===|~=|>=|@)\s*v?(?<version>\d[\w.+-]*)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Pin();

    [GeneratedRegex(@"^(?:import\s+[\w.{}*, ]+|from\s+[\w.]+\s+import\s+[\w.*, ()]+|(?:const|let|var)?\s*[\w{}, ]*=?\s*require\(\s*['""][^'""]+['""]\s*\))", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Statement();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\([^()]{0,60}\)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Call();

    [GeneratedRegex(@"^(?:\.{0,2}/)?(?:[\w@.\[\]-]+/)*(?:[\w.\[\]-]*\.(?:ts|tsx|js|jsx|mjs|cjs|py|cs|csproj|json|ya?ml|toml|txt|xml|md|conf|ini|cfg|sh|sql|prisma|lock|html)|\.(?:env[\w.-]*|gitignore|dockerignore|nvmrc|editorconfig|eslintrc[\w.]*|prettierrc[\w.]*)|Dockerfile[\w.-]*|Makefile|Procfile|docker-compose[\w.-]*|[\w.-]+/)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex FileSpan();

    [GeneratedRegex(@"^(?:(?:[\w@.-]+/)*[\w-]+(?:\.[\w-]+)*\.(?:ts|tsx|js|jsx|mjs|py|cs|json|ya?ml|toml|txt|xml|prisma|sql|conf|md)|\.(?:env[\w.-]*|gitignore|dockerignore)|Dockerfile|Makefile|Procfile)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ProseFile();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Variable();

    [GeneratedRegex(@"\b(?:e\.g\.?|eg|i\.e\.?|such as|like|for example|for instance|etc|example)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExampleWords();

    [GeneratedRegex(@"\bnon-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonPrefix();
}
