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
