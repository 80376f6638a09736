using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>
/// Entry points a framework loads by file name: Next.js <c>app/</c> and <c>pages/</c> routes, middleware, proxy,
/// instrumentation and next.config; the scripts a Vite <c>index.html</c> loads; Create React App's
/// <c>src/index</c> (react-scripts and its wrappers build from it); serverless function folders
/// (<c>netlify/functions</c>, <c>api/</c>). With no package.json anywhere, a server/index/main/app file at the
/// root or in src/ is taken as the entry, and the reason says it was guessed.
/// </summary>
internal static partial class ConventionEntries
{
    private static readonly Glob[] NextFiles =
    [
        new("{app,src/app}/**/{page,layout,route,loading,error,template,not-found,default,global-error,forbidden,unauthorized}.{js,jsx,ts,tsx,mjs}"),
        new("{app,src/app}/**/{opengraph-image,twitter-image,icon,apple-icon,sitemap,robots,manifest}.{js,jsx,ts,tsx}"),
        new("{pages,src/pages}/**/*.{js,jsx,ts,tsx,mjs}"),
        new("{,src/}{middleware,proxy,instrumentation,instrumentation-client}.{js,ts,mjs}"),
        new("next.config.{js,mjs,cjs,ts,mts}"),
    ];

    public const string NextReason = "Next.js loads it by its file name";

    public const string ServerlessReason = "serverless function folder";

    private static readonly Glob[] ServerlessFiles = [new("netlify/{functions,edge-functions}/**"), new("api/**")];

    // react-scripts (and craco or react-app-rewired around it) builds the bundle from src/index, by convention.
    private static readonly Glob CreateReactAppEntry = new("src/index.{js,jsx,ts,tsx}");
    private static readonly string[] CreateReactAppBuilders = ["react-scripts", "@craco/craco", "react-app-rewired"];

    private static readonly Glob[] GuessedFiles = [new("{,src/}{server,index,main,app}.{js,ts,mjs,cjs}")];

    /// <param name="workspace">The target, to read next.config and index.html.</param>
    /// <param name="directory">The package folder ("" for the root).</param>
    /// <param name="manifest">Its package.json, when it has one.</param>
    /// <param name="files">Module paths owned by this package (not by a nested one).</param>
    /// <param name="resolver">Resolves script sources named by index.html.</param>
    /// <param name="guess">True when the workspace has no package.json at all.</param>
    public static IEnumerable<EntryPoint> Find(
        Workspace workspace, string directory, PackageManifest? manifest, IReadOnlyList<string> files, ModuleResolver resolver, bool guess)
    {
        var prefix = directory.Length == 0 ? "" : directory + "/";
        var isNext = manifest?.Declares("next") == true ||
                     files.Any(f => NextFiles[^1].IsMatch(f[prefix.Length..]));
        var isCreateReactApp = manifest is not null && CreateReactAppBuilders.Any(manifest.Declares);
        var found = new List<EntryPoint>();
        foreach (var path in files)
        {
            var rel = path[prefix.Length..];
            if (CodeKinds.IsTest(rel) || CodeKinds.InNonProductFolder(rel))
            {
                continue;
            }

            if (isNext && NextFiles.Any(g => g.IsMatch(rel)))
            {
                found.Add(new EntryPoint(path, NextReason));
            }
            else if (isCreateReactApp && CreateReactAppEntry.IsMatch(rel))
            {
                found.Add(new EntryPoint(path, "Create React App builds the bundle from it"));
            }
            else if (ServerlessFiles.Any(g => g.IsMatch(rel)))
            {
                found.Add(new EntryPoint(path, ServerlessReason));
            }
            else if (guess && GuessedFiles.Any(g => g.IsMatch(rel)))
            {
                found.Add(new EntryPoint(path, "guessed from its name: no package.json names an entry point"));
            }
        }

        if (workspace.Read(prefix + "index.html") is { } html)
        {
            foreach (Match m in ScriptSource().Matches(html.Content))
            {
                var src = m.Groups["src"].Value;
                if (!src.Contains("://", StringComparison.Ordinal) && resolver.ResolveFile(directory, src) is { } path)
                {
                    found.Add(new EntryPoint(path, $"{html.Path} loads it in a <script> tag"));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"<script\b[^>]*\bsrc\s*=\s*[""'](?<src>[^""'>]+)[""']", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
