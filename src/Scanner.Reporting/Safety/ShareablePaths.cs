using Scanner.Reporting.Model;

namespace Scanner.Reporting.Safety;

/// <summary>
/// The reports meant to leave the machine (SARIF uploaded to code scanning, the HTML page) carry no absolute path:
/// a scanned folder or a checklist named by its absolute path is shown by its last segment, so a report never
/// tells where on the machine it was made (a user name, a CI runner's layout).
/// </summary>
public static class ShareablePaths
{
    private static readonly ReportRewriter Rewriter = new((text, _) => text, Shorten);

    public static ScanReport Apply(ScanReport report) => Rewriter.Rewrite(report);

    /// <summary>An absolute path's last segment ("." for a root such as "/"); other paths unchanged.</summary>
    public static string Shorten(string path)
    {
        if (!IsAbsolute(path))
        {
            return path;
        }

        var trimmed = path.Replace('\\', '/').TrimEnd('/');
        var name = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        return name.Length == 0 || name.EndsWith(':') ? "." : name;
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || path.StartsWith('~') || (path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0]));
}
