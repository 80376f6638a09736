namespace Scanner.Core.Workspaces;

public sealed record DecodeResult(string Text, string Encoding, bool HadInvalidBytes, bool IsBinary);
