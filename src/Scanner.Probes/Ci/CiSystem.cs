namespace Scanner.Probes.Ci;

/// <summary>The CI systems whose configuration files are recognised.</summary>
public enum CiSystem
{
    GitHubActions,
    GitLab,
    CircleCI,
    AzurePipelines,
    Bitbucket,
    Travis,
    Jenkins,
    Drone,
    Buildkite,
}
