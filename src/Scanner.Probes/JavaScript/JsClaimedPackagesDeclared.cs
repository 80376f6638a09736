using System.Text.RegularExpressions;
using Scanner.Core.Claims;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Every npm package a ticked checklist line names is declared in a product package.json. The claims come from the
/// scan's checklists (attached to the workspace); a name another ecosystem's manifest declares (bcrypt in
/// requirements.txt) is that ecosystem's claim, so it is neither confirmed nor refuted here. A package imported in
/// wired-in code but declared nowhere bears the line out; the missing declaration fails at the import instead. A
/// declared package that nothing imports and no script or config names is installed, never used: the line's
/// mechanism is not there, so that fails on the line too.
/// </summary>
public sealed partial class JsClaimedPackagesDeclared : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        if (ClaimedPackages.For(context.Workspace) is not { } claims)
        {
            return [context.NotApplicable("no checklist was read")];
        }

        var graph = ModuleGraph.For(context.Workspace);
        var manifests = graph.Manifests
            .Where(m => m.Document is not null && !CodeKinds.InNonProductFolder(m.Path))
            .OrderBy(m => m.Path, StringComparer.Ordinal)
            .ToList();
        if (claims.Count == 0 || manifests.Count == 0)
        {
            return [context.NotApplicable(claims.Count == 0 ? "no ticked checklist line names an npm package" : "no package.json to declare the packages the checklist names")];
        }

        var others = OtherManifests(context.Workspace);
        var findings = new List<Finding>();
        foreach (var claim in claims)
        {
            var declared = manifests.SelectMany(m => m.Dependencies.Where(d => Accepted(claim, d)).Order(StringComparer.Ordinal).Select(d => (Manifest: m, Name: d))).FirstOrDefault();
            if (declared.Manifest is { Document: { } doc })
            {
                var names = claim.Accepts.Where(a => !a.EndsWith("/*", StringComparison.Ordinal)).Append(declared.Name).ToHashSet(StringComparer.Ordinal);
                findings.Add(JsPackageMentions.NeverUsed(context.Workspace, graph, names)
                    ? OnLine(context, claim, $"the checklist names {claim.Name}; {declared.Manifest.Path} declares {declared.Name}, but no module imports it and no script or other file names it: installed, never used")
                    : context.AtLine(Outcome.Pass, doc, JsonFiles.LineOfKey(doc.Content, declared.Name), $"{claim.Name}, named at {claim.Path}:{claim.Line}, is declared in {declared.Manifest.Path} as {declared.Name}"));
            }
            else if (WiredImport(graph, claim) is { } used)
            {
                // Used in wired-in code, so the line's claim holds; the missing declaration is its own problem,
                // reported where the package is imported, not on the checklist line (TRUTH.md §3).
                findings.Add(context.Fail(used.Doc, used.Import.Offset,
                    $"{used.Import.Specifier} is imported in wired-in code but no package.json declares it (searched {string.Join(", ", manifests.Select(m => m.Path))}): installs get it only by accident"));
            }
            else if (!others.Any(o => claim.Accepts.Any(a => Mentions(o, a))))
            {
                findings.Add(OnLine(context, claim, $"the checklist names {claim.Name} but no package.json declares {string.Join(" or ", claim.Accepts)} (searched {string.Join(", ", manifests.Select(m => m.Path))})"));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("every package the checklist names belongs to another ecosystem's manifest")];
    }

    /// <summary>A failure placed on the checklist line itself: the line's claim is what is wrong.</summary>
    private static Finding OnLine(ProbeContext context, ClaimedPackage claim, string message) =>
        context.Workspace.Read(claim.Path) is { } checklist
            ? context.AtLine(Outcome.Fail, checklist, claim.Line, message)
            : context.AtPlace(Outcome.Fail, claim.Path, claim.Line, claim.Text, message);

    private static PackageImport? WiredImport(ModuleGraph graph, ClaimedPackage claim)
    {
        var exact = claim.Accepts.Where(a => !a.EndsWith("/*", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return JsPackages.Imports(graph, exact).Where(i => graph.IsWired(i.Doc.Path)).OrderBy(i => i.Doc.Path, StringComparer.Ordinal).FirstOrDefault();
    }

    private static bool Accepted(ClaimedPackage claim, string dependency) =>
        claim.Accepts.Any(a => a.EndsWith("/*", StringComparison.Ordinal)
            ? dependency.StartsWith(a[..^1], StringComparison.Ordinal)
            : string.Equals(a, dependency, StringComparison.Ordinal));

    /// <summary>The text of Python, .NET, Go, Ruby and PHP manifests, where a name such as bcrypt or sentry may be declared instead.</summary>
    private static List<string> OtherManifests(Workspace workspace) =>
    [
        .. workspace.Files
            .Where(f => OtherManifest().IsMatch(f.Path) && !CodeKinds.InNonProductFolder(f.Path))
            .Select(f => workspace.Read(f)?.Content)
            .OfType<string>(),
    ];

    private static bool Mentions(string manifest, string accepted) =>
        JsPackageMentions.Occurs(manifest, accepted.TrimEnd('*', '/').TrimStart('@'), StringComparison.OrdinalIgnoreCase, char.IsLetterOrDigit, char.IsLetterOrDigit);

    [GeneratedRegex(@"(?:^|/)(?:requirements[^/]*\.txt|pyproject\.toml|Pipfile|setup\.cfg|[^/]+\.csproj|go\.mod|Gemfile|composer\.json)$", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex OtherManifestCompiled();
    private static Regex OtherManifest() => LinearRegex.Pick(OtherManifestCompiled());
}
