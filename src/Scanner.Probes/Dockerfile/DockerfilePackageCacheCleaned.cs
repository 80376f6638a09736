using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Text;
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

    [GeneratedRegex(@"\bapt(-get)?\s+(-\S+\s+)*install\b", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AptInstallCompiled();
    private static Regex AptInstall() => LinearRegex.Pick(AptInstallCompiled());

    [GeneratedRegex(@"rm\s+-(rf|fr|r)\s+[^;&|]*/var/lib/apt/lists", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AptCleanCompiled();
    private static Regex AptClean() => LinearRegex.Pick(AptCleanCompiled());

    [GeneratedRegex(@"\bapk\s+(-\S+\s+)*add\b", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ApkInstallCompiled();
    private static Regex ApkInstall() => LinearRegex.Pick(ApkInstallCompiled());

    [GeneratedRegex(@"(apk\s+(-\S+\s+)*add\s+[^;&|]*--no-cache|apk\s+--no-cache|rm\s+-(rf|fr|r)\s+[^;&|]*/var/cache/apk)", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ApkCleanCompiled();
    private static Regex ApkClean() => LinearRegex.Pick(ApkCleanCompiled());

    [GeneratedRegex(@"\b(yum|dnf|microdnf)\s+(-\S+\s+)*install\b", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex YumInstallCompiled();
    private static Regex YumInstall() => LinearRegex.Pick(YumInstallCompiled());

    [GeneratedRegex(@"(\b(yum|dnf|microdnf)\s+clean\s+all|rm\s+-(rf|fr|r)\s+[^;&|]*/var/cache/(yum|dnf))", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex YumCleanCompiled();
    private static Regex YumClean() => LinearRegex.Pick(YumCleanCompiled());
}
