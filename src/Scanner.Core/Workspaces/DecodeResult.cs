namespace Scanner.Core.Workspaces;

internal sealed record DecodeResult(string Text, string Encoding, bool HadInvalidBytes, bool IsBinary);
