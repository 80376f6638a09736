using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// The exports of a Next.js middleware or proxy module, and which one Next runs: the named handler
/// (<c>middleware</c> in middleware.ts, <c>proxy</c> in proxy.ts) when the module has one, the default export only
/// when it has none. A default beside a named handler never runs, so a guard written in it is dead code; unless
/// the named handler calls it by name. Also the <c>config.matcher</c> paths, which limit what the running export sees.
/// </summary>
internal sealed partial class NextMiddlewareExports
{
    private NextMiddlewareExports(SourceDocument doc, string handler) => (Doc, Handler) = (doc, handler);

    public SourceDocument Doc { get; }

    /// <summary>The named export Next looks for first: "middleware" or "proxy".</summary>
    public string Handler { get; }

    /// <summary>The named handler's export statement and the code that runs for it (its declaration), when it has one.</summary>
    public Span? Named { get; private set; }

    /// <summary>Where the named handler's code lives when it is re-exported or imported from another module.</summary>
    public string? NamedFrom { get; private set; }

    /// <summary>The default export statement (where a finding about it points).</summary>
    public Span? Default { get; private set; }

    /// <summary>The local declaration a default export names (<c>export default guard;</c>), when it is elsewhere.</summary>
    public Span? DefaultCode { get; private set; }

    public string? DefaultFrom { get; private set; }

    /// <summary>A default export whose code the named handler still reaches (it is declared under a name used elsewhere).</summary>
    public bool DefaultReached { get; private set; }

    /// <summary><c>export *</c> or CommonJS exports: what the module exports cannot be read from its text.</summary>
    public bool Dynamic { get; private set; }

    /// <summary>The literal paths of <c>config.matcher</c>; null when the module sets no matcher (every path).</summary>
    public IReadOnlyList<string>? Matcher { get; private set; }

    /// <summary>A matcher that lists only API paths: the routes it guards are route handlers, no pages.</summary>
    public bool ApiOnly => Matcher is { Count: > 0 } paths && paths.All(p => p.StartsWith("/api", StringComparison.Ordinal));

    public bool DefaultIsDead => Named is not null && Default is not null && !DefaultReached;

    /// <summary>True when the offset lies in a default export Next never runs.</summary>
    public bool IsDead(int offset) => DefaultIsDead && (Default!.Value.Contains(offset) || DefaultCode?.Contains(offset) == true);

    /// <summary>The middleware and proxy modules Next loads by file name.</summary>
    public static IReadOnlyList<NextMiddlewareExports> In(ModuleGraph graph) => Cache.GetValue(graph, g =>
    [
        .. g.Entries.Where(e => e.Reason == ConventionEntries.NextReason && HandlerOf(e.Path) is not null)
            .Select(e => g.Module(e.Path)).OfType<SourceDocument>().Select(d => Read(d, HandlerOf(d.Path)!)),
    ]);

    // Every probe that judges wiring asks; the graph is built once per scan, so is this.
    private static readonly ConditionalWeakTable<ModuleGraph, List<NextMiddlewareExports>> Cache = new();

    /// <summary>Whether the evidence sits in a default export its module's named handler shadows.</summary>
    public static bool InDeadExport(IReadOnlyList<NextMiddlewareExports> modules, JsEvidence evidence) =>
        modules.Any(m => m.Doc.Path == evidence.Doc.Path && m.IsDead(evidence.Offset));

    private static string? HandlerOf(string path) => path[(path.LastIndexOf('/') + 1)..] switch
    {
        var n when n.StartsWith("middleware.", StringComparison.Ordinal) => "middleware",
        var n when n.StartsWith("proxy.", StringComparison.Ordinal) => "proxy",
        _ => null,
    };

    private static NextMiddlewareExports Read(SourceDocument doc, string handler)
    {
        var module = new NextMiddlewareExports(doc, handler)
        {
            Dynamic = JsCode.Matches(doc, DynamicExport(), "export").Count > 0 || JsCode.Matches(doc, CommonJsExport(), "exports").Count > 0,
        };
        foreach (Match m in JsCode.Matches(doc, Declared(), "export"))
        {
            var span = new Span(m.Index, StatementEnd(doc, m.Index + m.Length));
            if (m.Groups["default"].Success)
            {
                module.ReadDefault(m.Groups["name"].Success ? m.Groups["name"].Value : null, span);
            }
            else if (m.Groups["name"].Value == handler)
            {
                module.Named = span;
            }
        }

        foreach (Match m in JsCode.Matches(doc, ExportList(), "export"))
        {
            var from = m.Groups["from"].Success ? m.Groups["from"].Value : null;
            foreach (var (local, exported) in Items(m.Groups["list"].Value))
            {
                var statement = new Span(m.Index, m.Index + m.Length);
                if (exported == "default")
                {
                    module.ReadDefault(from is null ? local : null, statement);
                    module.DefaultFrom = from;
                }
                else if (exported == handler)
                {
                    module.Named = from is null ? Declaration(doc, local) ?? statement : statement;
                    module.NamedFrom = from;
                }
            }
        }

        module.Matcher = Matchers(doc);
        return module;
    }

    private void ReadDefault(string? name, Span statement)
    {
        Default = statement;
        DefaultCode = name is null ? null : Declaration(Doc, name) is { } d && !statement.Contains(d.Start) ? d : null;

        // export default guard; export function middleware(req) { return guard(req); }: the named handler runs it.
        DefaultReached = name is not null && Occurrences(Doc.Content, name).Any(i => !statement.Contains(i) && DefaultCode?.Contains(i) != true);
    }

    private static Span? Declaration(SourceDocument doc, string name)
    {
        foreach (Match m in JsCode.Matches(doc, LocalDeclaration(), name))
        {
            if (m.Groups["name"].Value == name)
            {
                return new Span(m.Index, StatementEnd(doc, m.Index + m.Length));
            }
        }

        return null;
    }

    private static IEnumerable<(string Local, string Exported)> Items(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(item =>
        {
            var parts = item.Split(" as ", StringSplitOptions.TrimEntries);
            return (parts[0], parts[^1]);
        });

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if ((i == 0 || !IsIdentifier(text[i - 1])) && (end >= text.Length || !IsIdentifier(text[end])))
            {
                yield return i;
            }
        }
    }

    private static bool IsIdentifier(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    /// <summary>The end of the statement from <paramref name="from"/>: a ';' outside brackets, or a line that starts a new statement.</summary>
    private static int StatementEnd(SourceDocument doc, int from)
    {
        var s = doc.Content;
        for (var i = from; i < s.Length; i++)
        {
            if (!JsCode.IsCode(doc, i))
            {
                continue;
            }

            switch (s[i])
            {
                // A template's ${ is lexed as code while its closing } is template text: it opens no span.
                case '{' when i > 0 && s[i - 1] == '$' && i > 1 && !JsCode.IsCode(doc, i - 2):
                    break;
                case '(' or '[' or '{':
                    i = JsCode.SpanEnd(doc, i) - 1;
                    break;
                case ';':
                    return i + 1;
                case '\n' when i + 1 < s.Length && s[i + 1] is not (' ' or '\t' or '\r' or '\n' or ')' or ']' or '}' or '.' or '?' or ':' or '&' or '|' or '+'):
                    return i;
            }
        }

        return s.Length;
    }

    private static List<string>? Matchers(SourceDocument doc)
    {
        var m = JsCode.Matches(doc, MatcherKey(), "matcher").FirstOrDefault();
        if (m is null)
        {
            return null;
        }

        var start = m.Index + m.Length;
        var end = doc.Content[start] is '[' ? JsCode.SpanEnd(doc, start) : StatementEnd(doc, start);
        return [.. PathLiteral().Matches(doc.Content[start..end]).Select(p => p.Groups["path"].Value)];
    }

    public readonly record struct Span(int Start, int End)
    {
        public bool Contains(int offset) => offset >= Start && offset < End;
    }

    [GeneratedRegex(@"^export[ \t]+(?:(?<default>default)[ \t]+(?:async[ \t]+)?(?:function[ \t]*\*?[ \t]*(?<name>[A-Za-z_$][\w$]*)?|(?<name>[A-Za-z_$][\w$]*)[ \t]*;?[ \t]*\r?$)?|(?:async[ \t]+)?function[ \t]*\*?[ \t]*(?<name>[A-Za-z_$][\w$]*)|(?:const|let|var)[ \t]+(?<name>[A-Za-z_$][\w$]*))", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DeclaredCompiled();
    private static Regex Declared() => LinearRegex.Pick(DeclaredCompiled());

    [GeneratedRegex(@"^export[ \t]{0,20}\{(?<list>[^}]{0,400})\}(?:[ \t]{0,20}from[ \t]{0,20}['""](?<from>[^'""\n]{1,200})['""])?", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ExportList();

    [GeneratedRegex(@"^(?:async[ \t]+)?(?:function[ \t]*\*?[ \t]*|(?:const|let|var)[ \t]+)(?<name>[A-Za-z_$][\w$]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LocalDeclarationCompiled();
    private static Regex LocalDeclaration() => LinearRegex.Pick(LocalDeclarationCompiled());

    [GeneratedRegex(@"^export[ \t]{0,20}\*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DynamicExport();

    [GeneratedRegex(@"\bmodule\.exports\b|^exports\.", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CommonJsExport();

    [GeneratedRegex(@"\bmatcher[ \t]{0,20}:[ \t]{0,20}", RegexOptions.CultureInvariant)]
    private static partial Regex MatcherKey();

    [GeneratedRegex(@"['""`](?<path>/[^'""`\n]{0,200})['""`]", RegexOptions.CultureInvariant)]
    private static partial Regex PathLiteral();
}
