using System.Text.Json;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Each tsconfig.json turns on <c>strict</c> (itself or through a local <c>extends</c>) and switches none of the
/// strict flags back off. A base from an npm package that ReadyScan cannot read is Inconclusive.
/// </summary>
public sealed partial class JsTypescriptStrict : IProbe
{
    private const int MaxExtends = 4;

    private static readonly string[] StrictFlags = ["strictNullChecks", "noImplicitAny", "strictFunctionTypes", "strictBindCallApply", "strictPropertyInitialization", "noImplicitThis", "alwaysStrict"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        foreach (var doc in context.Documents().Where(d => !CodeKinds.InNonProductFolder(d.Path)))
        {
            findings.Add(Judge(context, doc));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no tsconfig.json")];
    }

    private static Finding Judge(ProbeContext context, SourceDocument config)
    {
        var current = config;
        for (var hop = 0; hop < MaxExtends; hop++)
        {
            if (JsonFiles.Parse(current.Content) is not { } root)
            {
                return context.Inconclusive($"{current.Path} is not valid JSON", new SourceLocation(current.Path, 0));
            }

            var options = JsonFiles.Object(root, "compilerOptions");
            var weakened = StrictFlags.FirstOrDefault(f => options is { } o && o.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.False);
            if (weakened is not null)
            {
                return context.AtLine(Outcome.Fail, current, LineOf(current, weakened), $"{weakened}: false switches off part of strict mode ({config.Path})");
            }

            if (options is { } opts && opts.TryGetProperty("strict", out var strict))
            {
                return strict.ValueKind == JsonValueKind.True
                    ? context.AtLine(Outcome.Pass, current, LineOf(current, "strict"), $"strict: true{(current == config ? "" : $" (inherited by {config.Path})")}")
                    : context.AtLine(Outcome.Fail, current, LineOf(current, "strict"), $"strict is off in {config.Path}: null and implicit-any bugs compile");
            }

            var extends = JsonFiles.String(root, "extends");
            if (extends is null)
            {
                break;
            }

            if (!extends.StartsWith('.'))
            {
                return extends.Contains("strict", StringComparison.OrdinalIgnoreCase)
                    ? context.AtLine(Outcome.Pass, current, LineOf(current, "extends"), $"strict comes from {extends}")
                    : context.Inconclusive($"{config.Path}: strict is not set here and comes, if at all, from the package {extends}", new SourceLocation(current.Path, LineOf(current, "extends")));
            }

            var next = RepoPath.Join(RepoPath.DirectoryOf(current.Path), extends.EndsWith(".json", StringComparison.Ordinal) ? extends : extends + ".json");
            if (next is null || context.Workspace.Read(next) is not { } parent)
            {
                return context.Inconclusive($"{config.Path} extends {extends}, which is not in the repository", new SourceLocation(current.Path, LineOf(current, "extends")));
            }

            current = parent;
        }

        return context.AtLine(Outcome.Fail, config, Math.Max(1, LineOf(config, "compilerOptions")), $"strict is not enabled in {config.Path}: null and implicit-any bugs compile");
    }

    private static int LineOf(SourceDocument doc, string key)
    {
        var m = Key().Matches(doc.Content).FirstOrDefault(k => k.Groups["key"].Value == key);
        return m is null ? 1 : doc.Text.LineOf(m.Index);
    }

    [GeneratedRegex(@"""(?<key>[A-Za-z]+)""\s*:", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex KeyCompiled();
    private static Regex Key() => LinearRegex.Pick(KeyCompiled());
}
