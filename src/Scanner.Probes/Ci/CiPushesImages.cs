using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.Dockerfile;

namespace Scanner.Probes.Ci;

/// <summary>
/// CI publishes the container image to a registry: a step that pushes (or a script CI runs that pushes), on a
/// pipeline that runs on its own. It fails only when every CI file was read and nothing there, nor in a script or a
/// platform's build config, could push: images built but never pushed, or a Dockerfile no CI step builds.
/// </summary>
public sealed class CiPushesImages : IProbe
{
    private static readonly string[] Platforms = ["render.yaml", "fly.toml", "railway.json", "railway.toml", "heroku.yml", "cloudbuild.yaml", "cloudbuild.yml", "skaffold.yaml"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var unread = new List<Finding>();
        var ci = CiFiles.Read(context, unread);
        var docs = context.Documents().Where(d => CiFiles.SystemOf(d.Path) is null).ToList();
        var scan = ImageSteps.Find(ci, docs.Where(IsScript).ToList());
        var logins = scan.Logins.Count > 0 ? $"; registry login at {string.Join(", ", scan.Logins.Take(3))}" : "; no registry login step seen (the push may use a token the runner already holds)";
        var automatic = scan.Pushes.Where(p => p.Automatic).ToList();
        if (automatic.Count > 0)
        {
            return automatic.Select(p => p.Located(context, Outcome.Pass, $"pushes an image: {p.Text}{logins}"));
        }

        if (scan.Pushes.Count > 0)
        {
            return scan.Pushes.Select(p => p.Located(context, Outcome.Inconclusive, $"pushes an image only when started by hand: {p.Text}"));
        }

        var dockerfiles = docs.Select(d => d.Path).Where(p => IsDockerfile(p) && !Dockerfiles.IsDevelopmentImage(p)).ToList();
        if (dockerfiles.Count == 0)
        {
            return [context.NotApplicable("no production Dockerfile, and no CI step pushes an image")];
        }

        var platform = docs.Select(d => d.Path).FirstOrDefault(p => Platforms.Contains(Name(p), StringComparer.OrdinalIgnoreCase));
        var why = ci.Count == 0 ? "no CI configuration: the image may be built and pushed by hand or by a platform"
            : unread.Count > 0 ? "a CI file could not be read"
            : scan.Unseen.Count > 0 ? $"no CI step seen pushes an image, but {scan.Unseen[0]} may"
            : platform is not null ? $"no CI step pushes an image, but {platform} has a platform build it and keep it in its registry"
            : null;
        if (why is not null)
        {
            return [.. unread, context.Inconclusive($"{why} ({dockerfiles[0]})", new SourceLocation(dockerfiles[0], 0))];
        }

        var byHand = scan.ByHand.Count > 0 ? $"; only {string.Join(", ", scan.ByHand.Take(3))} pushes, which no CI step runs" : "";
        return scan.Builds.Count > 0
            ? scan.Builds.Select(b => b.Located(context, Outcome.Fail, $"builds an image ({b.Text}) but no step of {ci.Count} CI file(s) pushes it to a registry{byHand}"))
            : [context.AtFile(Outcome.Fail, ci[0].Doc.Path, $"none of {ci.Count} CI file(s) builds or pushes an image of {dockerfiles[0]}{byHand}")];
    }

    private static bool IsScript(SourceDocument doc)
    {
        var name = Name(doc.Path);
        return name is "Makefile" or "makefile" or "GNUmakefile" or "justfile" or "Justfile" or "package.json"
            || name.EndsWith(".mk", StringComparison.Ordinal) || name.EndsWith(".sh", StringComparison.Ordinal);
    }

    private static bool IsDockerfile(string path)
    {
        var name = Name(path).ToLowerInvariant();
        return name is "dockerfile" or "containerfile" || name.StartsWith("dockerfile.", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal);
    }

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];
}
