using Scanner.Core.Engine;
using Scanner.Core.Rules;
using Scanner.Probes;

namespace Scanner.Cli;

internal static class ProbeCatalogs
{
    /// <summary>The default cards plus a user folder; card problems become one usage error listing them all.</summary>
    public static ProbeCatalog Load(string? rulesDirectory) => LoadAll(rulesDirectory is null ? [] : [rulesDirectory]);

    public static ProbeCatalog LoadAll(IReadOnlyList<string> rulesDirectories)
    {
        try
        {
            return ProbeCatalog.LoadAll([DefaultProbes.Assembly], rulesDirectories);
        }
        catch (CardLoadException e)
        {
            throw new UsageException(e.Message, e);
        }
    }
}
