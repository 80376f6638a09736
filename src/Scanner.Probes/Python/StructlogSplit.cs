namespace Scanner.Probes.Python;

/// <summary>Where structlog is configured, and how many reachable modules log through stdlib loggers and through structlog.</summary>
public sealed record StructlogSplit(string Where, int Stdlib, int Structlog);
