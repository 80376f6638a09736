using Scanner.Checklist.Claims;
using Scanner.Checklist.Claims.Artifacts;
using Scanner.Checklist.Parsing;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Reconciliation;

/// <summary>
/// Judges the artifacts a line names against the repository (TRUTH.md §4). Met on what is there; unmet only on a
/// positive contradiction (another pinned version, a statement the line says is gone) or an absence proven over the
/// whole first-party tree (no such file, no such call, a module nothing imports); unknown where the world is open
/// (a variable a library may read by itself, a file a build may generate).
/// </summary>
public sealed class ArtifactJudge(RepositoryLookup lookup)
{
    internal const string Source = "named-artifact";

    /// <param name="item">The line.</param>
    /// <param name="probesJudgeIt">
    /// The line names a control by its name, so probes judge it: a call it says is gone ("no print() left") is theirs to
    /// find, with the context a text search lacks (dev-only blocks, scripts), and gets no qualifier here.
    /// </param>
    /// <param name="scope">The line's scope when the caller has read it already; read here only when needed.</param>
    public IReadOnlyList<Qualifier> Judge(ChecklistItem item, bool probesJudgeIt = false, LineScope? scope = null)
    {
        var artifacts = ArtifactExtractor.From(item).Where(a => !(probesJudgeIt && a is { Kind: ArtifactKind.Code, ClaimsAbsent: true } && a.Name.EndsWith(')'))).ToList();
        if (artifacts.Count == 0)
        {
            return [];
        }

        var implements = ClaimKinds.Implements(item.Text);
        var vague = (scope ?? LineScope.Of(item)).VagueSubset;
        return
        [
            .. artifacts.Select(a => a.Kind switch
            {
                ArtifactKind.File => FileJudge.Judge(a, item.Text, implements, lookup),
                ArtifactKind.PackagePin => Pin(a),
                ArtifactKind.EnvVar => Variable(a),
                ArtifactKind.EnvSourced => Sourced(a),
                ArtifactKind.Technology => implements ? Technology(a) : null,
                ArtifactKind.Setting => implements ? Setting(a) : null,
                _ => Code(a, vague),
            }).OfType<Qualifier>(),
        ];
    }

    internal static EvidenceItem At(CodeHit hit, Outcome outcome, string message) => new(Source, outcome, hit.Path, hit.Line, message);

    internal static EvidenceItem Searched(Outcome outcome, string message) => new(Source, outcome, "", 0, message);

    private Qualifier? Code(Artifact a, string? vague)
    {
        var needle = a.Name.EndsWith("()", StringComparison.Ordinal) ? a.Name[..^1] : a.Name;
        if (a.InFile is { } file && lookup.FilesNamed(file).Count == 0)
        {
            return new("code", a.Display, Verdict.Unknown, [], $"the line places {a.Name} in {file}, which the scan did not find");
        }

        var hits = lookup.Find(needle, a.InFile);
        if (a.ClaimsAbsent && a.InFile is null)
        {
            // A one-off script, an example or a module nothing imports is not the application the line is about.
            hits = [.. hits.Where(h => lookup.Workspace.Find(h.Path) is not { } f || ModuleImports.OnApplicationPath(f, lookup))];
        }

        var where = a.InFile ?? $"the {lookup.CodeFiles().Count} first-party source files (tests left out)";
        if (a.ClaimsAbsent)
        {
            if (hits.Count > 0 && vague is not null)
            {
                return new("code", a.Display, Verdict.Unknown, [.. hits.Select(h => At(h, Outcome.Inconclusive, $"{a.Name} is here"))], $"{a.Name} is still at {hits[0].Path}:{hits[0].Line}, but the line limits its claim to '{vague}', which the evidence cannot locate");
            }

            return hits.Count > 0
                ? new("code", a.Display, Verdict.Unmet, [.. hits.Take(5).Select(h => At(h, Outcome.Fail, $"{a.Name} is still here"))], $"the line says {a.Name} is gone, yet {hits[0].Path}:{hits[0].Line} still has it")
                : new("code", a.Display, Verdict.Met, [Searched(Outcome.Pass, $"searched {where}: no {a.Name} outside comments")], $"no {a.Name} in {where}");
        }

        return hits.Count > 0
            ? new("code", a.Display, Verdict.Met, [.. hits.Take(3).Select(h => At(h, Outcome.Pass, $"{a.Name} is here"))], $"{a.Name} at {hits[0].Path}:{hits[0].Line}")
            : new("code", a.Display, Verdict.Unmet, [Searched(Outcome.Fail, $"searched {where}: no {a.Name} outside comments")], $"{a.Name} appears nowhere in {where}");
    }

    private Qualifier? Pin(Artifact a)
    {
        var npm = a.InFile?.EndsWith("package.json", StringComparison.OrdinalIgnoreCase) ?? !a.Name.Contains('=', StringComparison.Ordinal) && a.Name.StartsWith('@');
        npm |= a.InFile is null && lookup.Workspace.Files.Any(f => RepositoryLookup.NameOf(f.Path) == "package.json") && !lookup.Workspace.Files.Any(f => f.Path.EndsWith(".py", StringComparison.Ordinal));
        var declared = PackagePins.Declared(a.Name, npm, lookup, out var manifests);
        if (a.ClaimsAbsent || manifests == 0)
        {
            return null;
        }

        if (declared.Count == 0)
        {
            return new("package", a.Display, Verdict.Unmet, [Searched(Outcome.Fail, $"none of the {manifests} {(npm ? "package.json" : "Python requirement")} files declares {a.Name}")], $"no manifest declares {a.Name}");
        }

        var same = declared.Where(d => PackagePins.Exact(d.Version) == a.Version).ToList();
        if (same.Count > 0)
        {
            return new("package", a.Display, Verdict.Met, [At(same[0].Where, Outcome.Pass, $"{a.Name} pinned to {a.Version}")], $"{same[0].Where.Path}:{same[0].Where.Line} pins {a.Name} {a.Version}");
        }

        var other = declared.FirstOrDefault(d => PackagePins.Exact(d.Version) is not null);
        return other.Where is not null
            ? new("package", a.Display, Verdict.Unmet, [At(other.Where, Outcome.Fail, $"{a.Name} pinned to {PackagePins.Exact(other.Version)}, not {a.Version}")], $"{other.Where.Path}:{other.Where.Line} pins {a.Name} to {PackagePins.Exact(other.Version)}, not {a.Version}")
            : new("package", a.Display, Verdict.Unknown, [At(declared[0].Where, Outcome.Inconclusive, $"{a.Name} declared without an exact pin")], $"{a.Name} is declared with a range ('{declared[0].Version}'), not pinned to {a.Version}");
    }

    /// <summary>
    /// A data store the line names as its mechanism is refuted only when no file outside documentation carries any
    /// trace of it (a client package, a driver, an image, a connection scheme). Present, it says nothing about what it
    /// is used for, so the line's controls decide.
    /// </summary>
    private Qualifier? Technology(Artifact a)
    {
        if (a.ClaimsAbsent)
        {
            return null;
        }

        var searched = lookup.NonDocumentation().Count;
        var traceFile = lookup.Workspace.Files.Any(f => Technologies.IsTraceFile(a.Name, RepositoryLookup.NameOf(f.Path).ToLowerInvariant()));
        return searched == 0 || traceFile || lookup.FirstTrace(a.Traces) is not null
            ? null
            : new("technology", a.Name, Verdict.Unmet, [Searched(Outcome.Fail, $"searched {searched} files outside documentation (code, manifests, compose, config): no trace of {a.Name} ({string.Join(", ", a.Traces)})")],
                $"the line names {a.Name}, but no package, image, connection string, file or code in the repository uses it");
    }

    /// <summary>
    /// A framework setting the line names is met where one of the files the framework reads sets it outside comments,
    /// and unmet when every such file of the product leaves it unset (the default is not the setting); a repository
    /// without any such file gives no qualifier.
    /// </summary>
    private Qualifier? Setting(Artifact a)
    {
        if (a.ClaimsAbsent || a.Setting is not { } setting)
        {
            return null;
        }

        var files = lookup.Workspace.Files
            .Where(f => setting.Files.Contains(RepositoryLookup.NameOf(f.Path).ToLowerInvariant()) && !RepositoryLookup.IsTest(f.Path) && !NonProduction.IsSetAside(f.Path))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(lookup.Workspace.Read)
            .OfType<SourceDocument>()
            .ToList();
        var matches = files.SelectMany(d => setting.Set.Matches(d.Content).Select(m => (Doc: d, At: m.Index))).ToList();
        if (matches.Find(m => m.Doc.Regions.KindAt(m.At) != RegionKind.Comment) is { Doc: not null } set)
        {
            var hit = CodeHit.OfLine(set.Doc, set.Doc.Text.LineOf(set.At));
            return new("setting", a.Name, Verdict.Met, [At(hit, Outcome.Pass, $"{a.Name} set here")], $"{hit.Path}:{hit.Line} sets {a.Name}");
        }

        if (files.Count == 0)
        {
            return null;
        }

        var commented = matches.Select(m => CodeHit.OfLine(m.Doc, m.Doc.Text.LineOf(m.At))).ToList();
        var evidence = commented.Count > 0
            ? commented.Take(3).Select(h => At(h, Outcome.Fail, $"{a.Name} only in a comment here"))
            : files.Select(d => new EvidenceItem(Source, Outcome.Fail, d.Path, 1, $"{d.Path} does not set {a.Name}"));
        var where = string.Join(", ", files.Select(d => d.Path));
        return new("setting", a.Name, Verdict.Unmet, [.. evidence],
            commented.Count > 0 ? $"{a.Name} is commented out at {commented[0].Path}:{commented[0].Line}, and {where} sets it nowhere else" : $"{where} does not set {a.Name}, and it is not the default");
    }

    /// <summary>
    /// "SendGrid API key in an environment variable": met where first-party code reads a variable whose name carries the
    /// subject's fragments with no literal to fall back on; otherwise unknown (a platform or library may read it).
    /// </summary>
    private Qualifier? Sourced(Artifact a)
    {
        if (a.ClaimsAbsent || a.Fragments.Count == 0)
        {
            return null;
        }

        var reads = a.Fragments[0].SelectMany(f => lookup.Find(f, null))
            .Select(h => (Hit: h, Name: EnvSourced.Variable(h.Text, a.Fragments))).Where(r => r.Name is not null && EnvReads.IsRead(r.Hit.Text, r.Name)).ToList();
        var read = reads.Where(r => !EnvSourced.FallsBack(r.Hit.Text)).OrderBy(r => r.Hit.Path, StringComparer.Ordinal).ThenBy(r => r.Hit.Line).FirstOrDefault();
        return read.Hit is { } hit
            ? new("env-var", a.Name, Verdict.Met, [At(hit, Outcome.Pass, $"{read.Name} read from the environment")], $"{hit.Path}:{hit.Line} reads {read.Name} from the environment")
            : new("env-var", a.Name, Verdict.Unknown, [.. reads.Take(1).Select(r => At(r.Hit, Outcome.Inconclusive, $"{r.Name} read with a literal fallback"))],
                reads.Count > 0 ? $"{a.Name}: every read seen falls back to a literal when the variable is unset" : $"no first-party code is seen reading {a.Name} from the environment; a library or platform may read it by itself");
    }

    private Qualifier? Variable(Artifact a)
    {
        if (a.ClaimsAbsent)
        {
            return null;
        }

        var hits = lookup.Find(a.Name, null);
        var read = hits.FirstOrDefault(h => EnvReads.IsRead(h.Text, a.Name));
        return read is not null
            ? new("env-var", a.Name, Verdict.Met, [At(read, Outcome.Pass, $"{a.Name} read from the environment")], $"{read.Path}:{read.Line} reads {a.Name} from the environment")
            : new("env-var", a.Name, Verdict.Unknown, [.. hits.Take(1).Select(h => At(h, Outcome.Inconclusive, $"{a.Name} named here"))],
                hits.Count > 0 ? $"{a.Name} is named in code but not seen read from the environment" : $"no source file names {a.Name}; a library or platform may read it by itself");
    }
}
