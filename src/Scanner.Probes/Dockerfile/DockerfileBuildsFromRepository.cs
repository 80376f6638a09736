using System.Text.Json;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript;

namespace Scanner.Probes.Dockerfile;

/// <summary>
/// The image builds from a clean checkout: every file a COPY or ADD takes from the build context exists in the
/// repository, and a lockfile-only install (<c>npm ci</c>, a frozen yarn or pnpm install) has its lockfile. The
/// context is not known for sure (compose and CI pass it), so a source counts as present when it exists under the
/// Dockerfile's folder or any folder above it; build output (dist, target ...) and git-ignored paths are made
/// before the build and are not judged.
/// </summary>
public sealed class DockerfileBuildsFromRepository : IProbe
{
    private static readonly HashSet<string> BuildOutput = new(StringComparer.OrdinalIgnoreCase)
        { "dist", "build", "out", "target", "bin", "obj", "publish", ".next", "node_modules", "vendor", "artifacts", "release", "lib" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var declared = BuildContexts.Declared(context);
        return Dockerfiles.Judge(context, (doc, model) => Judge(context, doc, model, declared));
    }

    private static List<Finding> Judge(ProbeContext context, SourceDocument doc, DockerfileModel model, IReadOnlyList<string> declared)
    {
        var root = context.Workspace.Root;
        var folder = BuildContexts.Folder(doc.Path);
        var contexts = BuildContexts.Ancestors(folder).Concat(declared).Distinct(StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        var checkedSources = 0;
        foreach (var stage in model.Stages)
        {
            foreach (var copy in stage.Instructions.Where(i => i.Keyword is "COPY" or "ADD" && i.Flag("from") is null && i.Heredoc is null))
            {
                foreach (var source in Sources(copy).Where(s => Judgeable(context.Workspace, s)))
                {
                    checkedSources++;
                    if (!contexts.Any(c => BuildContexts.Exists(root, c, source)))
                    {
                        findings.Add(context.AtLine(Outcome.Fail, doc, copy.Line,
                            $"{copy.Keyword} takes {source}, which is not in the repository under {Describe(contexts)}: the image cannot build from a clean checkout"));
                    }
                }
            }

            // The same lockfile rule dockerfile-production-install applies to the shipped stages, here for every stage.
            findings.AddRange(stage.All("RUN").Select(run => (run, Missing: FrozenInstalls.MissingLockfile(context.Workspace, run.Script)))
                .Where(x => x.Missing is not null)
                .Select(x => context.AtLine(Outcome.Fail, doc, x.run.Line, $"{x.Missing}")));
        }

        return findings.Count > 0 ? findings
            : checkedSources == 0 ? [context.NotApplicable($"{doc.Path}: copies nothing from the build context that can be checked")]
            : [context.AtLine(Outcome.Pass, doc, model.FinalStage!.Line, $"all {checkedSources} source(s) copied from the build context are in the repository")];
    }

    /// <summary>The sources of a COPY/ADD: every word but the last, in shell or JSON form.</summary>
    private static IEnumerable<string> Sources(DockerInstruction copy)
    {
        var body = copy.Body.Trim();
        IReadOnlyList<string> words;
        try
        {
            words = body.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(body) ?? [] : DockerWords.Split(body);
        }
        catch (JsonException)
        {
            return [];
        }

        return words.Count < 2 ? [] : words.Take(words.Count - 1).Select(w => w.StartsWith("./", StringComparison.Ordinal) ? w[2..] : w.TrimStart('/'));
    }

    /// <summary>Sources made by the build (dist, target), by a variable, a URL, a glob or git-ignored are not judged.</summary>
    private static bool Judgeable(Workspace workspace, string source)
    {
        if (source.Length == 0 || source == "." || source.Contains('$', StringComparison.Ordinal) || source.Contains("://", StringComparison.Ordinal)
            || source.IndexOfAny(['*', '?', '[']) >= 0 || source.Split('/').Any(s => s == ".." || BuildOutput.Contains(s)))
        {
            return false;
        }

        return workspace.IgnoredBy(source.TrimEnd('/')) is null && !SkippedFolders.InSkippedFolder(source);
    }

    private static string Describe(List<string> contexts) =>
        contexts.Count == 1 ? "the repository root" : $"{contexts[0]}/ or any folder above it";
}
