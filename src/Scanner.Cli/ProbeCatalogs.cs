using Scanner.Core.Engine;
using Scanner.Core.Plugins;
using Scanner.Core.Rules;
using Scanner.Probes;

namespace Scanner.Cli;

internal static class ProbeCatalogs
{
    /// <summary>The default cards plus a user folder and plugins; card and plugin problems become one usage error listing them all.</summary>
    public static ProbeCatalog Load(string? rulesDirectory, IReadOnlyList<string>? plugins = null) =>
        LoadAll(rulesDirectory is null ? [] : [rulesDirectory], plugins ?? []);

    /// <summary>
    /// The same, loaded once per process for the same folders and plugins: a fleet scan of many repositories reads
    /// the cards once, not once per repository (a scan never changes its cards, and fleet runs are not watching edits).
    /// </summary>
    public static ProbeCatalog Shared(IReadOnlyList<string> rulesDirectories, IReadOnlyList<string> plugins) =>
        Loaded.GetOrAdd(string.Join('\n', rulesDirectories) + "\0" + string.Join('\n', plugins), _ => LoadAll(rulesDirectories, plugins));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ProbeCatalog> Loaded = new(StringComparer.Ordinal);

    public static ProbeCatalog LoadAll(IReadOnlyList<string> rulesDirectories, IReadOnlyList<string> plugins)
    {
        try
        {
            return ProbeCatalog.LoadAll([DefaultProbes.Assembly, .. PluginLoader.Load(plugins)], rulesDirectories);
        }
        catch (CardLoadException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
