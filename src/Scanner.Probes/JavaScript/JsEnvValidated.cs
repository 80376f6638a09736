using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The environment is validated by a schema when the app starts (zod/joi/yup <c>parse(process.env)</c>, envalid
/// <c>cleanEnv</c>, t3-env <c>createEnv</c>, env-schema), in a module an entry point imports.
/// </summary>
public sealed partial class JsEnvValidated : IProbe
{
    // Every validation call names process.env, createEnv or envsafe: a file with none of them cannot match.
    private static readonly SearchValues<string> ValidationWords = SearchValues.Create(["process", "createEnv", "envsafe"], StringComparison.Ordinal);

    /// <summary>The subject of findings about when the check runs (control env-validated-at-startup).</summary>
    public const string StartupSubject = "startup";

    /// <summary>The subject of findings about whether the environment is checked at all (control env-validation).</summary>
    public const string ValidatedSubject = "validated";

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var evidence = graph.Modules.Where(d => !CodeKinds.IsTest(d.Path))
            .SelectMany(d => (d.Content.AsSpan().ContainsAny(ValidationWords) ? JsCode.Matches(d, Validation(), "env") : []).Select(m => new JsEvidence(d, m.Index, $"environment validated at startup by {m.Groups["fn"].Value}()"))
                .Concat(ObjectOfReads(d)));
        var findings = Wiring.Judge(context, graph, evidence, "environment validation");
        if (findings.Any(f => f.Outcome == Outcome.Pass))
        {
            return findings;
        }

        var firstRead = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path))
            .Select(d => (Doc: d, Read: JsCode.Matches(d, EnvRead(), "env").FirstOrDefault())).FirstOrDefault(r => r.Read is not null);
        var handWritten = JsHandRolled.Find(context, graph, EnvCheckName(), "nv", [], "an environment check function");
        // A check called only from route handlers runs when such a route is requested (a health check, say), never
        // when the app starts. It still checks the environment: "validated at startup" is refuted (subject startup),
        // "validated" is only undecided (subject validated), since the check may be all the line meant.
        if (firstRead.Read is not null && handWritten.Count > 0 && OnlyInHandlers(context, graph) is { Count: > 0 } calls)
        {
            var c = calls[0];
            var where = string.Join(", ", calls.Select(x => x.Doc.Path).Distinct().Take(3));
            var late = context.Fail(c.Doc, c.Offset, $"the hand-written environment check runs only inside route handlers ({where}): when such a route is requested, not when the app starts") with { Subject = StartupSubject };
            var at = new SourceLocation(c.Doc.Path, c.Doc.Text.LineOf(c.Offset), c.Doc.Text.ColumnOf(c.Offset));
            return LoudCheck(graph) is { } loud
                ? [.. findings, late, context.Pass(c.Doc, c.Offset, $"a hand-written environment check ({loud.Doc.Path}:{loud.Doc.Text.LineOf(loud.Offset)}) reads process.env and throws or exits on a missing value; it runs inside route handlers ({where})") with { Subject = ValidatedSubject }]
                : [.. findings, late, context.Inconclusive($"a hand-written environment check is called only inside route handlers ({where}); whether that is all the validation meant cannot be told", at) with { Subject = ValidatedSubject }];
        }

        if (firstRead.Read is not null && handWritten.Count > 0)
        {
            return [.. findings, JsHandRolled.Unrecognised(context, handWritten, "environment schema")];
        }

        if (firstRead.Read is { } read)
        {
            findings.Add(context.Fail(firstRead.Doc, read.Index, "environment variables are read without a startup schema: a missing or malformed value fails later, at request time"));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no wired-in code reads process.env")];
    }

    /// <summary>Every call of a hand-written check in wired-in code, when all of them sit in route handlers; else empty.</summary>
    private static List<JsEvidence> OnlyInHandlers(ProbeContext context, ModuleGraph graph)
    {
        var handlers = JsServers.HandlerPaths(graph);
        var calls = graph.WiredModules()
            .Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path))
            .SelectMany(d => JsCode.Matches(d, EnvCheckName(), "nv").Where(m => !IsDefinition(d.Content, m.Index)).Select(m => new JsEvidence(d, m.Index, "call")))
            .ToList();
        return calls.TrueForAll(c => handlers.Contains(c.Doc.Path)) ? calls : [];
    }

    /// <summary>
    /// The definition of a hand-written check in a module that reads process.env and throws or exits: a check that
    /// fails loudly on a missing value validates the environment, whenever it runs. One that returns a list leaves
    /// what happens to its callers, so it stays undecided.
    /// </summary>
    private static JsEvidence? LoudCheck(ModuleGraph graph) =>
        graph.WiredModules()
            .Where(d => !CodeKinds.IsTest(d.Path) && d.Content.Contains("process.env", StringComparison.Ordinal)
                && (d.Content.Contains("throw ", StringComparison.Ordinal) || d.Content.Contains("process.exit(", StringComparison.Ordinal)))
            .Select(d => JsCode.Matches(d, EnvCheckDefinition(), "nv").Select(m => new JsEvidence(d, m.Index, "definition")).FirstOrDefault())
            .FirstOrDefault(e => e is not null);

    private static bool IsDefinition(string text, int at)
    {
        var before = text[Math.Max(0, at - 12)..at].TrimEnd();
        return before.EndsWith("function", StringComparison.Ordinal) || before.EndsWith("function*", StringComparison.Ordinal);
    }

    // schema.parse({ PORT: process.env.PORT, ... }): the schema sees an object built from the environment's reads.
    private static IEnumerable<JsEvidence> ObjectOfReads(Scanner.Core.Workspaces.SourceDocument doc) =>
        JsCode.Matches(doc, ParseObject(), "process.env")
            .Where(m => JsCode.ArgumentText(doc, doc.Content.IndexOf('(', m.Index)).Contains("process.env", StringComparison.Ordinal))
            .Take(1)
            .Select(m => new JsEvidence(doc, m.Index, $"environment validated at startup by {m.Groups["fn"].Value}() of an object read from process.env"));

    [GeneratedRegex(@"\b(?<fn>parse|safeParse|parseAsync|validate|validateSync|cleanEnv)\s*\(\s*\{", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ParseObjectCompiled();
    private static Regex ParseObject() => LinearRegex.Pick(ParseObjectCompiled());

    [GeneratedRegex(
        @"\b(?:(?<fn>parse|safeParse|parseAsync|validate|validateSync|validateAsync|cleanEnv|envSchema|assert)\s*\(\s*process\s*\.\s*env\b|(?<fn>createEnv|envsafe)\s*\()",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ValidationCompiled();
    private static Regex Validation() => LinearRegex.Pick(ValidationCompiled());

    // validateEnv(, checkEnvironment(, ensureRequiredEnvVars(: a check written by hand, recognised by its name only.
    [GeneratedRegex(@"\b(?:validate|check|verify|assert|ensure|require)\w*(?:Env|ENV|Environment)\w*\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EnvCheckNameCompiled();
    private static Regex EnvCheckName() => LinearRegex.Pick(EnvCheckNameCompiled());

    // function validateEnv(, const checkEnvironment = (, let ensureEnv = async (: where a hand-written check is defined.
    [GeneratedRegex(@"\b(?:function\s*\*?\s*|(?:const|let|var)\s+)(?:validate|check|verify|assert|ensure|require)\w*(?:Env|ENV|Environment)\w*\s*(?:\(|=\s*(?:async\s*)?(?:\(|function\b|\w+\s*=>))", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EnvCheckDefinitionCompiled();
    private static Regex EnvCheckDefinition() => LinearRegex.Pick(EnvCheckDefinitionCompiled());

    [GeneratedRegex(@"\b(?:process\s*\.\s*env|import\s*\.\s*meta\s*\.\s*env)\s*(?:\.|\[)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EnvReadCompiled();
    private static Regex EnvRead() => LinearRegex.Pick(EnvReadCompiled());
}
