using Scanner.Checklist.Text;

namespace Scanner.Checklist.Claims;

/// <summary>
/// Reads a line's claim kind from its leading words: "Test CORS configuration" claims tests, "Documented backup
/// steps" claims documentation; anything else claims the mechanism itself. Only an implements claim can be
/// refuted by the mechanism's code (a helper nothing imports); the others are about tests and docs.
/// </summary>
public static class ClaimKinds
{
    private static readonly HashSet<string> TestWords = new(["test", "tests", "tested", "testing", "verify", "verified"], StringComparer.Ordinal);
    private static readonly HashSet<string> DocWords = new(
        ["document", "documented", "documentation", "docs", "doc", "guide", "runbook", "readme", "describe", "described", "explain", "explained"], StringComparer.Ordinal);

    public static ClaimKind Of(string text)
    {
        var tokens = PhraseNormalizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return ClaimKind.Implements;
        }

        return TestWords.Contains(tokens[0]) ? ClaimKind.TestsOf
            : tokens.Any(DocWords.Contains) ? ClaimKind.Documents
            : ClaimKind.Implements;
    }

    public static bool Implements(string text) => Of(text) == ClaimKind.Implements;
}
