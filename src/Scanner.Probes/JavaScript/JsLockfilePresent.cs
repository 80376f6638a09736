using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Every package.json that declares dependencies has a committed lockfile beside it or in a parent folder (the
/// workspace root of a monorepo). A gitignored lockfile is not in the workspace, so it counts as missing.
/// </summary>
public sealed class JsLockfilePresent : IProbe
{
    private static readonly string[] Lockfiles = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var manifest in graph.Manifests.Where(m => m.Dependencies.Count > 0 && !CodeKinds.InNonProductFolder(m.Path) && m.Document is not null))
        {
            var lockfile = RepoPath.SelfAndAncestors(manifest.Directory).SelectMany(dir => Lockfiles.Select(l => dir.Length == 0 ? l : $"{dir}/{l}"))
                .FirstOrDefault(p => context.Workspace.Find(p) is not null);
            if (lockfile is null)
            {
                findings.Add(context.AtLine(Outcome.Fail, manifest.Document!, 1,
                    $"{manifest.Path} declares {manifest.Dependencies.Count} dependencies but no lockfile is committed (or it is gitignored): installs are not reproducible"));
            }
            else
            {
                var message = $"{manifest.Path} is locked by {lockfile}";
                findings.Add(context.Workspace.Read(lockfile) is { } doc ? context.AtLine(Outcome.Pass, doc, 1, message) : context.AtFile(Outcome.Pass, lockfile, message));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no package.json declares dependencies")];
    }
}
