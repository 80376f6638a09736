using Scanner.Checklist.Parsing;
using Scanner.Checklist.Text;

namespace Scanner.Checklist.Claims;

/// <summary>
/// What a checklist line's own words say about the scope of its claim: whether it asks for every place
/// ("all routes", "no print() left", "removed") or for the mechanism to exist, and which application stacks it
/// names ("print()" and "Flask" are Python; "console.log" and "Helmet.js" are Node). A line that names no stack
/// takes one from its nearest heading that does. Probes of a stack the line does not name neither confirm nor
/// refute it: a frontend's console.log says nothing about "No print() statements in the API".
/// </summary>
public sealed record LineScope(Quantifier? Quantifier, IReadOnlySet<Ecosystem> Ecosystems)
{
    public static readonly LineScope Unscoped = new(null, new HashSet<Ecosystem>());

    /// <summary>
    /// Calls the line names in code spans (<c>`traceback.print_exc()`</c> gives <c>print_exc</c>): a claim about
    /// those calls is contradicted only by evidence that shows one of them, not by another call a probe reports.
    /// </summary>
    public IReadOnlyList<string> Calls { get; init; } = [];

    /// <summary>
    /// The subset the line limits itself to when it names none the evidence can locate ("in critical code", "on
    /// key endpoints", "most routes"): a failure somewhere cannot be shown to fall inside it.
    /// </summary>
    public string? VagueSubset { get; init; }

    /// <summary>
    /// Deployment files the line's document names (a manifest it applies, a compose file it runs): lines about
    /// deployment settings are judged on those deployments (Reconciliation.NamedDeployments). Empty when none.
    /// </summary>
    public IReadOnlySet<string> Deployments { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stem tokens that make a line universal: it claims every place, or that none is left.</summary>
    private static readonly HashSet<string> UniversalWords = Tokens(
        "all", "every", "each", "everywhere", "entire", "no", "none", "never", "removed", "zero", "complete", "fully");

    // "critical code", "key endpoints", "most routes": a qualifier and the kind of place it qualifies. Single words
    // would misfire ("Key Vault", "ASP.NET Core", "main branch").
    private static readonly HashSet<string> VagueWords = Tokens("critical", "core", "key", "important", "main", "major", "most", "primary", "sensitive");
    private static readonly HashSet<string> Places = Tokens(
        "code", "codebase", "path", "paths", "endpoint", "endpoints", "route", "routes", "flow", "flows", "file", "files",
        "module", "modules", "function", "functions", "page", "pages", "service", "services", "operation", "operations", "areas");

    private static readonly (Ecosystem Ecosystem, IReadOnlyList<string> Phrase)[] StackPhrases =
    [
        .. Phrases(Ecosystem.Python, "python", "flask", "django", "fastapi", "print()", "traceback", "pip", "pip-audit",
            "requirements.txt", "gunicorn", "uvicorn", "pytest", "sqlalchemy", "pydantic", "celery", "structlog", "talisman"),
        .. Phrases(Ecosystem.Node, "node", "node.js", "nodejs", "express", "npm", "yarn", "pnpm", "console.log", "console.log()",
            "next.js", "nextjs", "react", "helmet", "helmet.js", "jest", "vitest", "typescript", "javascript", "package.json",
            "pino", "winston", "morgan", "prisma", "mongoose", "sequelize", "zod", "joi"),
        .. Phrases(Ecosystem.DotNet, "asp.net", "asp.net core", ".net", "dotnet", "csharp", "nuget", "kestrel", "serilog",
            "entity framework", "ef core"),
    ];

    public static LineScope Of(ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var tokens = PhraseNormalizer.Tokenize(item.Text);
        var quantifier = tokens.Any(UniversalWords.Contains) ? Claims.Quantifier.Universal : (Quantifier?)null;
        var stacks = StacksIn(tokens);
        for (var i = item.Section.Count - 1; stacks.Count == 0 && i >= 0; i--)
        {
            stacks = StacksIn(PhraseNormalizer.Tokenize(item.Section[i]));
        }

        return new LineScope(quantifier, stacks) { Calls = CallsIn(item.CodeSpans), VagueSubset = VagueSubsetIn(tokens) };
    }

    private static string? VagueSubsetIn(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (VagueWords.Contains(tokens[i]) && Places.Contains(tokens[i + 1]))
            {
                return $"{tokens[i]} {tokens[i + 1]}";
            }
        }

        return null;
    }

    private static List<string> CallsIn(IEnumerable<string> spans) =>
    [
        .. spans.Select(s => s.Trim())
            .Where(s => s.EndsWith("()", StringComparison.Ordinal) && s.Length > 2 && s[..^2].All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '$'))
            .Select(s => s[..^2][(s[..^2].LastIndexOf('.') + 1)..])
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Whether a probe of this stack (null: stack-neutral) may speak to the line.</summary>
    public bool Admits(Ecosystem? probeStack) => probeStack is null || Ecosystems.Count == 0 || Ecosystems.Contains(probeStack.Value);

    /// <summary>A stable key for caching judgements that depend on the scope.</summary>
    public string Key => $"{Quantifier}|{string.Join(',', Ecosystems.Order())}|{string.Join(',', Calls)}|{VagueSubset}|{string.Join(',', Deployments)}";

    private static HashSet<Ecosystem> StacksIn(IReadOnlyList<string> tokens)
    {
        var found = new HashSet<Ecosystem>();
        foreach (var (stack, phrase) in StackPhrases)
        {
            if (!found.Contains(stack) && Occurs(tokens, phrase))
            {
                found.Add(stack);
            }
        }

        return found;
    }

    // A plain loop: this runs for some sixty phrases on every line of a checklist, a million of them in a big one.
    private static bool Occurs(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= tokens.Count; start++)
        {
            if (PhraseNormalizer.OccursAt(tokens, start, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Tokens(params string[] words) =>
        new(words.SelectMany(PhraseNormalizer.Tokenize), StringComparer.Ordinal);

    private static IEnumerable<(Ecosystem, IReadOnlyList<string>)> Phrases(Ecosystem stack, params string[] phrases) =>
        phrases.Select(p => (stack, PhraseNormalizer.Tokenize(p))).Where(p => p.Item2.Count > 0);
}
