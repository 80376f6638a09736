namespace Scanner.Probes.JavaScript.Modules;

/// <summary>A file the runtime or framework loads on its own, and why we think so ("package.json script start").</summary>
public sealed record EntryPoint(string Path, string Reason);
