namespace Scanner.Core.Rules;

/// <summary>One card of the compact catalogue: its source name (as the YAML resource was called) and its document.</summary>
internal sealed record CardEntry(string Source, CardDocument Card);
