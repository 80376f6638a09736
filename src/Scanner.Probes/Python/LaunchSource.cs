namespace Scanner.Probes.Python;

/// <summary>How a file can hold launch commands: not at all, as a Dockerfile, as gunicorn config, or line by line.</summary>
public enum LaunchSource
{
    None,
    Dockerfile,
    GunicornConfig,
    Lines,
}
