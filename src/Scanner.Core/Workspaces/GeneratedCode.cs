using System.Text.RegularExpressions;

namespace Scanner.Core.Workspaces;

/// <summary>
/// Files the team did not write: minified files and bundles, source maps, collected static output, vendored
/// libraries and generated clients. Code probes do not judge them (they are not the team's production code, and
/// scanning them is where the time goes); secrets probes still read them, searching minified, bundled and
/// vendored code for provider formats only. Classified once per workspace, by path and, for scripts and styles,
/// by how long their lines are.
/// </summary>
public static partial class GeneratedCode
{
    public const string Minified = "minified";
    public const string Bundle = "bundle";
    public const string SourceMap = "source-map";
    public const string CollectedStatic = "collected-static";
    public const string Vendored = "vendored";
    public const string Generated = "generated";

    private static readonly string[] MinifiedNames = [".min.js", ".min.mjs", ".min.css"];

    // main.dart.js is what dart2js (a Flutter web build) writes: compiled output, whatever its line lengths.
    private static readonly string[] BundleNames = [".bundle.js", ".chunk.js", "-bundle.js", ".umd.js", ".dart.js"];

    private static readonly string[] SourceMapNames = [".js.map", ".mjs.map", ".cjs.map", ".css.map", ".ts.map"];

    private static readonly string[] GeneratedNames =
    [
        "_pb2.py", "_pb2_grpc.py", "_pb2.pyi", ".pb.go", "_pb.js", "_pb.d.ts", "_grpc_pb.js", "_grpc_pb.d.ts", ".g.cs", ".g.i.cs",
    ];

    /// <summary>Folders of third-party code copied into the repository (a walker-skipped <c>vendor/</c> among them).</summary>
    private static readonly HashSet<string> VendorFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "vendor", "vendors", "vendored", "third_party", "third-party", "thirdparty", "external", "bower_components",
    };

    /// <summary>
    /// Where frameworks collect or precompile static assets for serving (Django's STATIC_ROOT, LibMan's restore folder,
    /// Webpacker, the bundler output a Flask or Django app serves from static/dist).
    /// </summary>
    private static readonly HashSet<string> StaticOutputFolders = new(StringComparer.Ordinal)
    {
        "staticfiles", "static_root", "collected_static", "collectstatic", "wwwroot/lib", "static/CACHE", "static/dist", "public/packs", "public/packs-test",
    };

    /// <summary>
    /// What a static output folder holds once collected: scripts, styles, maps, pages and data. Server code in a folder
    /// of the same name (Django's own <c>django.contrib.staticfiles</c> app) is the code that collects them.
    /// </summary>
    private static readonly HashSet<string> ServedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".cjs", ".jsx", ".css", ".scss", ".less", ".map", ".html", ".htm", ".svg", ".json", ".txt", ".xml",
    };

    private static readonly HashSet<string> GeneratedFolders = new(StringComparer.Ordinal) { "__generated__", "generated" };

    /// <summary>Scripts and styles: the files a minifier emits, whose line lengths tell written from emitted.</summary>
    private static readonly HashSet<string> MinifiableExtensions = new(StringComparer.OrdinalIgnoreCase) { ".js", ".mjs", ".cjs", ".jsx", ".css" };

    /// <summary>Secrets and git probes read every file: a credential in a vendored bundle leaks all the same.</summary>
    public static bool ReadBy(string ecosystem) => ecosystem is "secrets" or "git";

    /// <summary>
    /// What kind of generated or vendored file <paramref name="path"/> is, or null for the team's own. The text is
    /// asked for only for a script or style whose path does not already tell, and only for Go's header.
    /// </summary>
    public static string? Classify(string path, Func<string?> text)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (EndsWithAny(name, MinifiedNames))
        {
            return Minified;
        }

        if (EndsWithAny(name, BundleNames))
        {
            return Bundle;
        }

        if (EndsWithAny(name, SourceMapNames))
        {
            return SourceMap;
        }

        var extension = Path.GetExtension(name);
        if (ByFolder(path, extension) is { } folder)
        {
            return folder;
        }

        if (EndsWithAny(name, GeneratedNames))
        {
            return Generated;
        }

        if (extension == ".go")
        {
            return text() is { } go && GoHeader().IsMatch(go.AsSpan(0, Math.Min(go.Length, 4096))) ? Generated : null;
        }

        return MinifiableExtensions.Contains(extension) && text() is { } content && LooksMinified(content) ? Minified : null;
    }

    /// <summary>Minified or bundled output and vendored third-party code, by name, folder or line length.</summary>
    public static bool IsMinifiedOrVendored(string path, string text) =>
        EndsWithAny(path, MinifiedNames) || EndsWithAny(path, BundleNames) || Folders(path).Any(VendorFolders.Contains) || LooksMinified(text);

    /// <summary>Long files whose lines average hundreds of characters are generated, not written.</summary>
    public static bool LooksMinified(string text)
    {
        if (text.Length < 2000)
        {
            return false;
        }

        var lines = 1 + text.AsSpan().Count('\n');
        return text.Length / lines > 400;
    }

    private static string? ByFolder(string path, string extension)
    {
        var served = ServedExtensions.Contains(extension);
        var folders = Folders(path).ToList();
        for (var i = 0; i < folders.Count; i++)
        {
            if (VendorFolders.Contains(folders[i]))
            {
                return Vendored;
            }

            if (served && (StaticOutputFolders.Contains(folders[i]) || (i > 0 && StaticOutputFolders.Contains(folders[i - 1] + "/" + folders[i]))))
            {
                return CollectedStatic;
            }

            if (GeneratedFolders.Contains(folders[i]))
            {
                return Generated;
            }
        }

        return null;
    }

    private static bool EndsWithAny(string name, string[] suffixes) =>
        suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Folders(string path)
    {
        var parts = path.Split('/');
        return parts.Take(parts.Length - 1);
    }

    // Go's convention for generated files (go help generate): a line "// Code generated ... DO NOT EDIT." before the package clause.
    [GeneratedRegex(@"^// Code generated .{0,300} DO NOT EDIT\.\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex GoHeader();
}
