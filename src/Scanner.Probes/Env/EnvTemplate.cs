namespace Scanner.Probes.Env;

/// <summary>The keys an environment template lists, with the line of each (commented-out keys count as listed).</summary>
public sealed record EnvTemplate(string Path, IReadOnlyDictionary<string, int> Keys);
