using System.Security.Cryptography;
using System.Text;

namespace Scanner.Reporting.Writers;

/// <summary>
/// The page's stylesheet and script, inlined from embedded resources, with the hashes its Content-Security-Policy
/// allows: the page can run its own script and nothing else, and can load nothing from anywhere.
/// </summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Css)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Scanner.Reporting was built without {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
