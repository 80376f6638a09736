namespace Scanner.Core.Model;

/// <summary>A file the team did not write (minified, bundle, source-map, collected-static, vendored, generated): read for secrets, not judged by code probes.</summary>
public sealed record GeneratedFile(string Path, string Kind);
