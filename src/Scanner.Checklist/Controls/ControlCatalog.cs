using YamlDotNet.RepresentationModel;

namespace Scanner.Checklist.Controls;

/// <summary>
/// The controls a checklist line can be matched to (<c>rules/controls.yaml</c>), loaded and validated as a
/// whole: a catalog with any problem is refused with all of its problems listed.
/// </summary>
public sealed class ControlCatalog
{
    /// <summary>The resource name and the name errors use for the catalog shipped in the binary.</summary>
    public const string DefaultSourceName = "rules/controls.yaml";

    private readonly Dictionary<string, Control> _byId;

    private ControlCatalog(IReadOnlyList<Control> controls)
    {
        Controls = controls;
        _byId = controls.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The controls in file order.</summary>
    public IReadOnlyList<Control> Controls { get; }

    public Control? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Loads the catalog embedded in this assembly from <c>rules/controls.yaml</c>.</summary>
    public static ControlCatalog LoadDefault()
    {
        var assembly = typeof(ControlCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream(DefaultSourceName)
            ?? throw new InvalidOperationException(
                $"{assembly.GetName().Name} was built without {DefaultSourceName}; the default control catalog is missing.");
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd(), DefaultSourceName);
    }

    /// <summary>The built-in catalog from the compact catalogue the build wrote from it (<see cref="ControlCatalogue"/>), checked then.</summary>
    public static ControlCatalog LoadCompact(Stream catalogue) => new(ControlCatalogue.Read(catalogue));

    /// <summary>Parses and validates a catalog.</summary>
    /// <param name="yamlText">The YAML text.</param>
    /// <param name="sourceName">How errors name the file, e.g. its path relative to the repository.</param>
    /// <exception cref="ControlCatalogException">The catalog has one or more problems; all are listed.</exception>
    public static ControlCatalog Load(string yamlText, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var reader = new ControlCatalogReader(sourceName);
        var controls = reader.Read(yamlText);
        if (reader.Errors.Count > 0)
        {
            throw new ControlCatalogException(reader.Errors);
        }

        return new ControlCatalog(controls);
    }

    /// <summary>
    /// This catalog with a team's controls (same format): a new id adds a control, a known id extends it. Validated
    /// like the catalog itself, plus every probe id must be one <paramref name="isProbe"/> knows.
    /// </summary>
    /// <exception cref="ControlCatalogException">The team's controls have one or more problems; all are listed.</exception>
    public ControlCatalog Extend(string yamlText, string sourceName, Func<string, bool> isProbe)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        return Extended(new ControlCatalogReader(sourceName, this, isProbe), r => r.Read(yamlText));
    }

    /// <summary>The same, from controls written inline in another YAML file (a config file's <c>controls:</c>).</summary>
    public ControlCatalog Extend(YamlNode controls, string sourceName, Func<string, bool> isProbe)
    {
        ArgumentNullException.ThrowIfNull(controls);
        return Extended(new ControlCatalogReader(sourceName, this, isProbe), r => r.Read(controls));
    }

    private static ControlCatalog Extended(ControlCatalogReader reader, Func<ControlCatalogReader, IReadOnlyList<Control>> read)
    {
        var controls = read(reader);
        return reader.Errors.Count > 0 ? throw new ControlCatalogException(reader.Errors) : new ControlCatalog(controls);
    }
}
