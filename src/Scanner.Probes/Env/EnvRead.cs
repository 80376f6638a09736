using Scanner.Core.Workspaces;

namespace Scanner.Probes.Env;

/// <summary>One place where code reads an environment variable.</summary>
public sealed record EnvRead(string Key, SourceDocument Document, int Offset);
