namespace Scanner.Probes.Runtime;

/// <summary>
/// What the engine reports about a built image's config: its user (empty means root), health check command,
/// exposed ports, environment (raw: only probes read it, and they redact), size and layer count.
/// </summary>
public sealed record ImageFacts(
    string Reference,
    string Id,
    string User,
    IReadOnlyList<string> Healthcheck,
    IReadOnlyList<string> ExposedPorts,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    long Size,
    int Layers);
