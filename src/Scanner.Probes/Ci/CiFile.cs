using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Ci;

/// <summary>One CI configuration file: which system reads it, its YAML root (null for Jenkinsfiles), or why it could not be read.</summary>
public sealed record CiFile(SourceDocument Doc, CiSystem System, YamlNode? Root, string? Error = null, int ErrorLine = 0)
{
    public string Name => System switch
    {
        CiSystem.GitHubActions => "GitHub Actions workflow",
        CiSystem.GitLab => "GitLab CI pipeline",
        CiSystem.CircleCI => "CircleCI config",
        CiSystem.AzurePipelines => "Azure Pipelines definition",
        CiSystem.Bitbucket => "Bitbucket Pipelines config",
        CiSystem.Travis => "Travis CI config",
        CiSystem.Jenkins => "Jenkinsfile",
        CiSystem.Drone => "Drone pipeline",
        _ => "Buildkite pipeline",
    };
}
