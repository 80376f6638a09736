using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>
/// Dependencies that ship are installed for production: from the lockfile and without devDependencies
/// (<c>npm ci --omit=dev</c>, <c>yarn --production</c>, <c>pnpm install --prod</c>), and pip without its cache.
/// Installs in builder stages whose output is not copied into the final image do not count. A lockfile-only install
/// whose lockfile is missing is dockerfile-builds-from-repository's to report.
/// </summary>
public sealed partial class DockerfileProductionInstall : IProbe
{
    private static readonly string[] DependencyFolders = ["node_modules", "site-packages", "venv", "/usr/local/lib/python", "/root/.local"];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => Judge(context, doc, model));

    private static List<Finding> Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var findings = new List<Finding>();
        foreach (var (stage, run) in Dockerfiles.Shipped(model, ShipsDependencies).Where(x => x.Instruction.Keyword == "RUN"))
        {
            var script = run.Script;
            var vars = DockerVariables.At(model, stage, run);
            var production = vars.GetValueOrDefault("NODE_ENV") == "production" || script.Contains("NODE_ENV=production", StringComparison.Ordinal);
            if (NpmInstall().Match(script) is { Success: true } npm)
            {
                findings.Add(context.AtLine(Outcome.Fail, doc, run.Line, $"'{npm.Value.Trim()}' resolves versions afresh instead of installing the lockfile; use npm ci --omit=dev"));
            }
            else if (JsInstall().Match(script) is { Success: true } js)
            {
                // A lockfile-only install without its lockfile stops the build: dockerfile-builds-from-repository says so.
                var prod = production || ProdFlag().IsMatch(script);
                findings.Add(context.AtLine(prod ? Outcome.Pass : Outcome.Fail, doc, run.Line,
                    prod ? $"'{js.Value.Trim()}' installs production dependencies only" : $"'{js.Value.Trim()}' installs devDependencies into the image; add --omit=dev (npm), --production (yarn) or --prod (pnpm)"));
            }

            if (PipInstall().Match(script) is { Success: true } pip)
            {
                var noCache = script.Contains("--no-cache-dir", StringComparison.Ordinal) || vars.ContainsKey("PIP_NO_CACHE_DIR") || run.Flags.Any(f => f.Key == "mount" && f.Value.Contains("type=cache", StringComparison.Ordinal));
                var dev = DevRequirements().IsMatch(script);
                findings.Add(context.AtLine(noCache && !dev ? Outcome.Pass : Outcome.Fail, doc, run.Line,
                    dev ? "pip installs development requirements into the image" : noCache ? "pip installs without keeping its download cache" : "pip install keeps its download cache in the image; add --no-cache-dir"));
            }
        }

        return findings.Count > 0 ? findings : [context.AtFile(Outcome.NotApplicable, doc.Path, "the final image installs no npm, yarn, pnpm or pip dependencies")];
    }

    private static bool ShipsDependencies(DockerInstruction copy) =>
        DependencyFolders.Any(f => copy.Body.Contains(f, StringComparison.Ordinal));

    [GeneratedRegex(@"\bnpm\s+(install|i)(\s+--?[a-z-]+(=\S+)?)*\s*($|&&|;|\|)", RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex NpmInstallCompiled();
    private static Regex NpmInstall() => LinearRegex.Pick(NpmInstallCompiled());

    [GeneratedRegex(@"\b(npm\s+ci\b|pnpm\s+(install|i)\b|yarn\s+install\b|yarn(\s+--?[a-z-]+(=\S+)?)*\s*($|&&|;|\|))[^\n&;|]*", RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex JsInstallCompiled();
    private static Regex JsInstall() => LinearRegex.Pick(JsInstallCompiled());

    [GeneratedRegex(@"(--omit[= ]dev|--only[= ]prod|--production|--prod\b|\s-P\b|npm\s+prune\s+[^\n&;|]*(--omit[= ]dev|--production))", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProdFlagCompiled();
    private static Regex ProdFlag() => LinearRegex.Pick(ProdFlagCompiled());

    [GeneratedRegex(@"\bpip3?\s+install\b", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PipInstallCompiled();
    private static Regex PipInstall() => LinearRegex.Pick(PipInstallCompiled());

    [GeneratedRegex(@"requirements[-_.]?(dev|test)[^\s]*\.txt", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DevRequirementsCompiled();
    private static Regex DevRequirements() => LinearRegex.Pick(DevRequirementsCompiled());
}
