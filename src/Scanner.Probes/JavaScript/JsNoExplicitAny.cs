using System.Text.Json;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Production TypeScript writes no explicit <c>any</c>: no <c>: any</c>, <c>as any</c>, <c>&lt;any&gt;</c>, <c>any[]</c> or
/// <c>any</c> as a type argument, counted only where the match starts in code (not in comments or strings), outside
/// tests, declaration files and generated code. The findings name the first few places and the total; whether
/// tsconfig turns on <c>strict</c> or <c>noImplicitAny</c> (implicit any, a different question) is said alongside.
/// </summary>
public sealed partial class JsNoExplicitAny : IProbe
{
    private const int Shown = 5;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var files = context.Documents().Where(d => !CodeKinds.IsTest(d.Path) && !CodeKinds.InNonProductFolder(d.Path) && !NonProduction.IsSetAside(d.Path)).ToList();
        if (files.Count == 0)
        {
            return [context.NotApplicable("no TypeScript source outside tests and declaration files")];
        }

        var hits = files.SelectMany(d => JsCode.Matches(d, ExplicitAny(), "any").Select(m => (Doc: d, Match: m))).ToList();
        var tsconfig = Strictness(context);
        if (hits.Count == 0)
        {
            return [context.Searched(files.Select(f => f.Path), $"no explicit any in {files.Count} TypeScript file(s); {tsconfig}")];
        }

        var fileCount = hits.Select(h => h.Doc.Path).Distinct().Count();
        return hits.Take(Shown).Select(h => context.Fail(h.Doc, h.Match.Index,
            $"explicit any ({h.Match.Value.Trim()}): {hits.Count} in {fileCount} production file(s), the first {Math.Min(Shown, hits.Count)} shown; {tsconfig}"));
    }

    /// <summary>What the root-most tsconfig.json says about strictness, in words for the message.</summary>
    private static string Strictness(ProbeContext context)
    {
        var config = context.Workspace.Files.Where(f => f.Path.EndsWith("tsconfig.json", StringComparison.Ordinal) && !CodeKinds.InNonProductFolder(f.Path))
            .OrderBy(f => f.Path.Count(c => c == '/')).ThenBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();
        if (config is null || context.Workspace.Read(config) is not { } doc)
        {
            return "no tsconfig.json";
        }

        var options = JsonFiles.Parse(doc.Content) is { } root ? JsonFiles.Object(root, "compilerOptions") : null;
        var strict = options is { } o && o.TryGetProperty("strict", out var s) && s.ValueKind == JsonValueKind.True;
        var implicitAny = options is { } p && p.TryGetProperty("noImplicitAny", out var n) ? n.ValueKind == JsonValueKind.True : strict;
        return strict ? $"{config.Path} sets strict: true{(implicitAny ? "" : " but noImplicitAny: false")}"
            : implicitAny ? $"{config.Path} sets noImplicitAny but not strict"
            : $"{config.Path} sets neither strict nor noImplicitAny";
    }

    [GeneratedRegex(@"(?::\s{0,8}any\b(?![\w$.])|\bas\s{1,8}any\b(?![\w$.])|<\s{0,8}any\s{0,8}[>,\[]|,\s{0,8}any\s{0,8}[>,\[]|\bany\s{0,8}\[\s{0,8}\])", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitAnyCompiled();
    private static Regex ExplicitAny() => ExplicitAnyCompiled();
}
