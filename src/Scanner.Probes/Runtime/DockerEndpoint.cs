namespace Scanner.Probes.Runtime;

/// <summary>
/// The engine endpoint, resolved the way the docker CLI does: DOCKER_HOST when set, else the platform's default
/// socket. Docker.DotNet's parameterless configuration ignores DOCKER_HOST, so it is always passed explicitly.
/// </summary>
public static class DockerEndpoint
{
    public const string DefaultUnix = "unix:///var/run/docker.sock";
    public const string DefaultWindows = "npipe://./pipe/docker_engine";

    /// <summary>The endpoint URI, or null with the reason it cannot be used.</summary>
    public static (Uri? Endpoint, string Display, string? Problem) Resolve(string? dockerHost, string? tlsVerify)
    {
        var value = string.IsNullOrWhiteSpace(dockerHost) ? (OperatingSystem.IsWindows() ? DefaultWindows : DefaultUnix) : dockerHost.Trim();
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return (null, value, $"DOCKER_HOST '{value}' is not a valid endpoint");
        }

        if (uri.Scheme is not ("unix" or "tcp" or "http" or "https" or "npipe"))
        {
            return (null, value, $"DOCKER_HOST scheme '{uri.Scheme}://' is not supported (use unix://, tcp:// or npipe://)");
        }

        return !string.IsNullOrEmpty(tlsVerify) && uri.Scheme == "tcp"
            ? (null, value, "DOCKER_TLS_VERIFY is set: TLS client certificates are not supported")
            : (uri, value, null);
    }

    public static (Uri? Endpoint, string Display, string? Problem) FromEnvironment() =>
        Resolve(System.Environment.GetEnvironmentVariable("DOCKER_HOST"), System.Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY"));
}
