using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>
/// The stages the final image is built on run the OS package manager's upgrade (<c>apt-get upgrade</c>,
/// <c>apk upgrade</c>, <c>dnf/yum upgrade</c>), so the image ships the security fixes released since its base image
/// was built. A final image with no package manager (scratch, distroless) has nothing to upgrade.
/// </summary>
public sealed partial class DockerfileOsPackagesUpgraded : IProbe
{
    private static readonly string[] NoPackageManager = ["gcr.io/distroless/", "cgr.dev/chainguard/", "-chiseled"];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => Judge(context, doc, model));

    private static List<Finding> Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var final = model.FinalStage!;
        var root = model.Chain(final)[^1];
        var image = Dockerfiles.BaseImage(model, root)?.ToString() ?? root.Base;
        if (image.Equals("scratch", StringComparison.OrdinalIgnoreCase)
            || (NoPackageManager.Any(p => image.Contains(p, StringComparison.OrdinalIgnoreCase)) && !image.Contains("-dev", StringComparison.Ordinal)))
        {
            return [context.AtFile(Outcome.NotApplicable, doc.Path, $"the final image starts from {image}, which has no OS package manager to upgrade")];
        }

        var upgrades = Dockerfiles.Shipped(model, _ => false)
            .Where(x => x.Instruction.Keyword == "RUN" && Upgrade().IsMatch(x.Instruction.Script))
            .Select(x => context.AtLine(Outcome.Pass, doc, x.Instruction.Line, $"the final image upgrades its OS packages ({Upgrade().Match(x.Instruction.Script).Value.Trim()})"))
            .ToList();
        return upgrades.Count > 0 ? upgrades
            : [context.AtLine(Outcome.Fail, doc, final.Line, $"the final image ({image}) never upgrades its OS packages: it ships whatever security fixes its base image had when it was built")];
    }

    [GeneratedRegex(@"\b(apt(-get)?\s+(-\S+\s+)*(upgrade|dist-upgrade|full-upgrade)|apk\s+(-\S+\s+)*upgrade|(dnf|yum|microdnf|tdnf)\s+(-\S+\s+)*(upgrade|update)|zypper\s+(-\S+\s+)*(up|update|patch)\b)", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex UpgradeCompiled();
    private static Regex Upgrade() => LinearRegex.Pick(UpgradeCompiled());
}
