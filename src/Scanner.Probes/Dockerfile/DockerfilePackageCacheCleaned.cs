using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>
/// Every OS package install in the shipped stages cleans its cache in the same RUN (apt lists removed,
/// <c>apk --no-cache</c>, <c>yum/dnf clean all</c>) or keeps it in a cache mount, so it never lands in a layer.
/// </summary>
public sealed partial class DockerfilePackageCacheCleaned : IProbe
{
    private static readonly (string Manager, Regex Installs, Regex Cleans)[] Managers =
    [
        ("apt-get", AptInstall(), AptClean()),
        ("apk", ApkInstall(), ApkClean()),
        ("yum/dnf", YumInstall(), YumClean()),
    ];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => Judge(context, doc, model));

    private static List<Finding> Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var findings = new List<Finding>();
        foreach (var (_, run) in Dockerfiles.Shipped(model, _ => false).Where(x => x.Instruction.Keyword == "RUN"))
        {
            var script = run.Script;
            var cacheMount = run.Flags.Any(f => f.Key == "mount" && f.Value.Contains("type=cache", StringComparison.Ordinal));
            foreach (var (manager, installs, cleans) in Managers)
            {
                if (!installs.IsMatch(script))
                {
                    continue;
                }

                findings.Add(cleans.IsMatch(script) || cacheMount
                    ? context.AtLine(Outcome.Pass, doc, run.Line, $"{manager} install leaves no package cache in the layer")
                    : context.AtLine(Outcome.Fail, doc, run.Line, $"{manager} install leaves its package cache in the image layer"));
            }
        }

        return findings.Count > 0 ? findings : [context.AtFile(Outcome.NotApplicable, doc.Path, "the final image installs no OS packages")];
    }

    [GeneratedRegex(@"\bapt(-get)?\s+(-\S+\s+)*install\b", RegexOptions.NonBacktracking)]
    private static partial Regex AptInstall();

    [GeneratedRegex(@"rm\s+-(rf|fr|r)\s+[^;&|]*/var/lib/apt/lists", RegexOptions.NonBacktracking)]
    private static partial Regex AptClean();

    [GeneratedRegex(@"\bapk\s+(-\S+\s+)*add\b", RegexOptions.NonBacktracking)]
    private static partial Regex ApkInstall();

    [GeneratedRegex(@"(apk\s+(-\S+\s+)*add\s+[^;&|]*--no-cache|apk\s+--no-cache|rm\s+-(rf|fr|r)\s+[^;&|]*/var/cache/apk)", RegexOptions.NonBacktracking)]
    private static partial Regex ApkClean();

    [GeneratedRegex(@"\b(yum|dnf|microdnf)\s+(-\S+\s+)*install\b", RegexOptions.NonBacktracking)]
    private static partial Regex YumInstall();

    [GeneratedRegex(@"(\b(yum|dnf|microdnf)\s+clean\s+all|rm\s+-(rf|fr|r)\s+[^;&|]*/var/cache/(yum|dnf))", RegexOptions.NonBacktracking)]
    private static partial Regex YumClean();
}
