using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Core.Secrets;

/// <summary>
/// The secrets in one file, judged with the file's context: lock files are skipped, minified and vendored code
/// is searched for provider formats only, and findings in tests are kept at low confidence (never dropped), as are
/// free-form values in templates and documentation.
/// Shared by the working-tree probe and the history scan so both decide the same way.
/// </summary>
public static class SecretDetector
{
    public const string TestContext = "in test code or fixtures: low confidence, review it";

    public static SecretFileScan Detect(string path, string text, Language language)
    {
        if (SecretPaths.IsLockFile(path))
        {
            return SecretFileScan.Skipped("lock file: package names and integrity hashes, no credentials");
        }

        var narrowed = SecretPaths.IsMinifiedOrVendored(path, text)
            ? "minified, bundled or vendored code: provider formats only, no free-form assignments"
            : null;
        var rejections = new List<SecretRejection>();
        var matches = SecretScanner.Scan(text, MFileLanguage.Refine(path, text, language), rejections, includeGeneric: narrowed is null);
        var inTests = matches.Count > 0 && SecretPaths.IsTestPath(path);
        var standIn = matches.Count > 0 ? SecretPaths.StandInContext(path) : null;
        var secrets = new List<DetectedSecret>(matches.Count);
        foreach (var match in matches)
        {
            var context = inTests ? TestContext
                : match.Kind.LowConfidence is { } why ? $"{why}: low confidence, review it"
                : match.Kind.Generic && standIn is not null ? $"{standIn}, where values are usually stand-ins: low confidence, review it"
                : null;
            var confidence = context is not null ? Confidence.Low : match.Kind.Generic ? Confidence.Medium : Confidence.High;
            secrets.Add(new DetectedSecret(match, confidence, context));
        }

        return new SecretFileScan(null, narrowed, secrets, rejections);
    }
}
