using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Ci;

/// <summary>The jobs of a GitHub workflow and the steps of each, in document order.</summary>
internal static class GitHubSteps
{
    public static IEnumerable<(YamlEntry Job, YamlNode Step)> Of(CiFile workflow)
    {
        foreach (var job in workflow.Root?["jobs"]?.Entries ?? [])
        {
            foreach (var step in job.Value["steps"]?.Items ?? [])
            {
                if (step.IsMapping)
                {
                    yield return (job, step);
                }
            }
        }
    }

    /// <summary>The action a step uses without its version (<c>actions/github-script</c>), lower case; "" for a <c>run:</c> step.</summary>
    public static string Action(YamlNode step)
    {
        var uses = step["uses"]?.Text ?? "";
        var at = uses.IndexOf('@', StringComparison.Ordinal);
        return (at < 0 ? uses : uses[..at]).ToLowerInvariant();
    }
}
