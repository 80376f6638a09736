using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Repo;

/// <summary>
/// A bot proposes dependency updates: Dependabot version updates (<c>.github/dependabot.yml</c> with an ecosystem),
/// Renovate (its config files, a <c>renovate</c> key in package.json, or the self-hosted action), PyUp or Depfu.
/// A config that turns the bot off fails at that line; none anywhere fails.
/// </summary>
public sealed partial class RepoDependencyUpdatesAutomated : IProbe
{
    private static readonly string[] RenovateFiles = ["renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".renovaterc.json5"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        foreach (var doc in context.Documents().Where(d => !NonProduction.IsSetAside(d.Path)))
        {
            var name = RepoDocs.FileName(doc.Path);
            if (name is "dependabot.yml" or "dependabot.yaml")
            {
                findings.Add(Ecosystem().Match(doc.Content) is { Success: true } m
                    ? context.AtOffset(Outcome.Pass, doc, m.Index, $"{doc.Path} has Dependabot propose version updates ({m.Groups["e"].Value})")
                    : context.AtFile(Outcome.Fail, doc.Path, $"{doc.Path} lists no package-ecosystem under updates: Dependabot proposes no version updates"));
            }
            else if (RenovateFiles.Contains(name) || name == "package.json")
            {
                var key = name == "package.json" ? RenovateKey().Match(doc.Content) : null;
                if (key is { Success: false })
                {
                    continue;
                }

                var disabled = Disabled().Match(doc.Content);
                findings.Add(disabled.Success && key is null
                    ? context.AtOffset(Outcome.Fail, doc, disabled.Index, $"{doc.Path} turns Renovate off (enabled: false)")
                    : context.AtOffset(Outcome.Pass, doc, key?.Index ?? 0, $"{doc.Path} configures Renovate to propose dependency updates"));
            }
            else if (name is ".pyup.yml" or ".depfu.yml")
            {
                findings.Add(context.AtLine(Outcome.Pass, doc, 1, $"{doc.Path} configures {(name == ".pyup.yml" ? "PyUp" : "Depfu")} to propose dependency updates"));
            }
            else if (doc.Content.Contains("renovatebot/github-action", StringComparison.Ordinal))
            {
                findings.Add(context.AtOffset(Outcome.Pass, doc, doc.Content.IndexOf("renovatebot/github-action", StringComparison.Ordinal), $"{doc.Path} runs Renovate from CI"));
            }
        }

        return findings.Count > 0 ? findings
            : [RepoDocs.Absent(context, "no dependency update bot: no .github/dependabot.yml, no Renovate config (renovate.json, .renovaterc, a renovate key in package.json), no PyUp or Depfu config")];
    }

    [GeneratedRegex(@"package-ecosystem[""']?\s*:\s*[""']?(?<e>[\w-]{1,40})", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EcosystemCompiled();
    private static Regex Ecosystem() => LinearRegex.Pick(EcosystemCompiled());

    [GeneratedRegex(@"^[ \t]{0,2}[""']?enabled[""']?\s*:\s*false\b", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DisabledCompiled();
    private static Regex Disabled() => LinearRegex.Pick(DisabledCompiled());

    [GeneratedRegex(@"^[ \t]{1,4}""renovate""\s*:", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RenovateKeyCompiled();
    private static Regex RenovateKey() => LinearRegex.Pick(RenovateKeyCompiled());
}
