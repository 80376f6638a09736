using Scanner.Checklist.Controls;
using Scanner.Core.Engine;
using Scanner.Core.Workspaces;

namespace Scanner.Cli.Config;

/// <summary>
/// The built-in control catalog extended by a team's controls, each source validated like the built-in catalog
/// and against the probes in force (built-in, rules folders and plugins); any problem is a usage error (exit 2).
/// </summary>
internal static class UserControls
{
    private const long MaxControlsSize = 1024 * 1024;

    // The embedded catalog never changes and is immutable: read once per process, not once per fleet repository. It
    // comes from the compact catalogue the build wrote from rules/controls.yaml (checked then), not from a YAML parse.
    private static readonly Lazy<ControlCatalog> Default = new(() =>
    {
        using var compact = typeof(UserControls).Assembly.GetManifestResourceStream(ControlCatalogue.ResourceName)
            ?? throw new InvalidOperationException($"readyscan was built without {ControlCatalogue.ResourceName}; the default control catalog is missing.");
        return ControlCatalog.LoadCompact(compact);
    });

    /// <summary>Reads the built-in catalog ahead of need; the scan starts this on the core card loading leaves idle.</summary>
    public static void Prewarm() => _ = Default.Value;

    public static ControlCatalog Load(IEnumerable<ControlSource> sources, ProbeCatalog probes)
    {
        var catalog = Default.Value;
        bool IsProbe(string id) => probes.Find(id) is not null;
        foreach (var source in sources)
        {
            try
            {
                catalog = source.Inline is { } inline ? catalog.Extend(inline, source.Source, IsProbe) : catalog.Extend(Read(source), source.Source, IsProbe);
            }
            catch (ControlCatalogException e)
            {
                throw new UsageException($"invalid controls ({e.Errors.Count} problem(s)):\n  {string.Join("\n  ", e.Errors)}", e);
            }
        }

        return catalog;
    }

    private static string Read(ControlSource source)
    {
        if (!File.Exists(source.Path))
        {
            throw new UsageException($"controls file {source.Source}: no such file");
        }

        var (text, refusal) = GuardedFile.ReadText(source.Path, MaxControlsSize);
        return text ?? throw new UsageException($"cannot read controls file {source.Source}: {refusal}");
    }
}
