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
}
