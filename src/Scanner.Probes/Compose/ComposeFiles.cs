using Scanner.Core.Workspaces;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Compose;

/// <summary>
/// The loop every compose probe shares: each selected YAML parsed once (cached), broken YAML → one Inconclusive
/// for the file, files without a <c>services</c> mapping skipped, and NotApplicable when nothing was judged.
/// </summary>
internal static class ComposeFiles
{
    public static IEnumerable<Finding> Judge(ProbeContext context, Func<ComposeService, IEnumerable<Finding>> judge, string nothingJudged)
    {
        var findings = new List<Finding>();
        foreach (var service in Services(context, findings))
        {
            findings.AddRange(judge(service));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable(nothingJudged)];
    }

    /// <param name="context">The probe's context.</param>
    /// <param name="problems">Where unreadable files are reported.</param>
    /// <param name="deployedOnly">Leave out development-named and set-aside compose files (every probe of deployed settings).</param>
    public static IEnumerable<ComposeService> Services(ProbeContext context, List<Finding> problems, bool deployedOnly = true)
    {
        // A dev, local or test compose file, or one in a legacy or examples folder, is not the deployed stack.
        foreach (var doc in context.Documents().Where(d => !deployedOnly || (!NonProduction.IsDevelopmentFile(d.Path) && !NonProduction.IsSetAside(d.Path))))
        {
            var file = YamlDocuments.Get(doc);
            if (!file.IsValid)
            {
                problems.Add(context.Inconclusive($"compose file could not be read: {file.Error}", new SourceLocation(doc.Path, file.ErrorLine)));
                continue;
            }

            foreach (var services in file.Documents.Select(d => d["services"]).Where(s => s is { IsMapping: true }))
            {
                var oneShot = OneShotNames(services!);
                foreach (var entry in services!.Entries.Where(e => e.Value.IsMapping))
                {
                    yield return new ComposeService(doc, entry.Name, entry.Line, entry.Value, oneShot.Contains(entry.Name));
                }
            }
        }
    }

    /// <summary>Services another one waits on with <c>condition: service_completed_successfully</c>: jobs, not servers.</summary>
    private static HashSet<string> OneShotNames(YamlNode services)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependsOn in services.Entries.Select(e => e.Value["depends_on"]).Where(d => d is { IsMapping: true }))
        {
            foreach (var dependency in dependsOn!.Entries.Where(d => d.Value["condition"]?.Text == "service_completed_successfully"))
            {
                names.Add(dependency.Name);
            }
        }

        return names;
    }
}
