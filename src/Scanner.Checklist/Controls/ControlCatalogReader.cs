using Scanner.Checklist.Claims;
using Scanner.Checklist.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scanner.Checklist.Controls;

/// <summary>
/// Reads <c>controls.yaml</c> into controls, collecting every problem instead of stopping at the first
/// (gitleaks-style two-stage config: parse all, then report all). Given a catalog to extend (a team's own
/// controls), an entry with a known id adds to that control instead of redefining it, and probe ids are checked
/// against the probes in force.
/// </summary>
internal sealed class ControlCatalogReader(string sourceName, ControlCatalog? extending = null, Func<string, bool>? isProbe = null)
{
    private static readonly string[] KnownKeys = ["id", "title", "area", "aliases", "keywords", "confirmedBy", "refutedBy", "broad", "sufficient", "perLine", "quantifier", "subject", "outerLayer"];

    private static readonly Dictionary<string, ControlArea> Areas = new(StringComparer.Ordinal)
    {
        ["security"] = ControlArea.Security,
        ["reliability"] = ControlArea.Reliability,
        ["operations"] = ControlArea.Operations,
        ["quality"] = ControlArea.Quality,
        ["data"] = ControlArea.Data,
        ["performance"] = ControlArea.Performance,
        ["docs"] = ControlArea.Docs,
    };

    private readonly List<CatalogError> _errors = [];

    public IReadOnlyList<CatalogError> Errors => _errors;

    public IReadOnlyList<Control> Read(string yamlText)
    {
        var root = Parse(yamlText);
        return root is null ? [] : Read(root);
    }

    public IReadOnlyList<Control> Read(YamlNode root)
    {
        if (root is not YamlSequenceNode items)
        {
            Error(root, "the catalog must be a list of controls (each item starting with '- id:')");
            return [];
        }

        var controls = new List<(Control Control, int Line)>();
        foreach (var item in items)
        {
            if (ReadControl(item) is { } control)
            {
                controls.Add((control, Line(item)));
            }
        }

        if (extending is not null)
        {
            controls = ControlExtension.Combine(extending, controls);
        }

        new ControlCatalogChecks(sourceName, _errors).Run(controls);
        return controls.Select(c => c.Control).ToList();
    }

    private YamlNode? Parse(string yamlText)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            _errors.Add(new CatalogError(sourceName, (int)e.Start.Line, "not valid YAML: " + detail));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            _errors.Add(new CatalogError(sourceName, 0, "the catalog is empty"));
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private Control? ReadControl(YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            Error(item, "each control must be a mapping with id, title, area, aliases and keywords");
            return null;
        }

        var id = ReadScalar(map, "id", "(no id)");
        var label = $"control '{id}'";
        var known = extending?.Find(id);
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!KnownKeys.Contains(name, StringComparer.Ordinal))
            {
                Error(key, $"{label}: unknown key '{name}' (known keys: {string.Join(", ", KnownKeys)})");
            }
        }

        if (!map.Children.ContainsKey(new YamlScalarNode("id")))
        {
            Error(map, "a control has no id");
        }
        else if (!Kebab.IsValid(id))
        {
            Error(At(map, "id"), $"{label}: id must be kebab-case (lower-case letters and digits joined by single hyphens)");
        }

        var title = ReadScalar(map, "title", string.Empty);
        if (title.Length == 0 && known is null)
        {
            Error(map, $"{label}: title is missing");
        }

        var area = known is not null && !map.Children.ContainsKey(new YamlScalarNode("area")) ? known.Area : ReadArea(map, label);
        var aliases = ReadList(map, "aliases", label);
        var keywords = ReadList(map, "keywords", label);
        if (aliases.Count == 0 && keywords.Count == 0 && known is null)
        {
            Error(map, $"{label}: needs at least one alias or keyword, or no checklist line can ever match it");
        }

        CheckPhrases(map, label, aliases, keywords);
        var confirmedBy = ReadProbeIds(map, "confirmedBy", label);
        var refutedBy = ReadProbeIds(map, "refutedBy", label);
        var broad = ReadBool(map, "broad", label);
        var sufficient = ReadProbeIds(map, "sufficient", label);
        var perLine = ReadBool(map, "perLine", label);
        var quantifier = ReadQuantifier(map, label);
        var subject = ReadScalar(map, "subject", string.Empty);
        var control = new Control(id, title, area ?? ControlArea.Security, aliases, keywords, confirmedBy, refutedBy, broad, sufficient, perLine, quantifier)
        {
            Subject = subject.Length > 0 ? subject : null,
            OuterLayer = ReadProbeIds(map, "outerLayer", label),
        };
        return known is null ? control : ControlExtension.Over(known, control, k => map.Children.ContainsKey(new YamlScalarNode(k)));
    }

    private Quantifier ReadQuantifier(YamlMappingNode map, string label)
    {
        var text = ReadScalar(map, "quantifier", "universal");
        if (text is "universal" or "existence")
        {
            return text == "existence" ? Quantifier.Existence : Quantifier.Universal;
        }

        Error(At(map, "quantifier"), $"{label}: 'quantifier' must be existence or universal, not '{text}'");
        return Quantifier.Universal;
    }

    private ControlArea? ReadArea(YamlMappingNode map, string label)
    {
        var text = ReadScalar(map, "area", string.Empty);
        if (Areas.TryGetValue(text, out var area))
        {
            return area;
        }

        var known = string.Join(" | ", Areas.Keys);
        Error(At(map, "area"), text.Length == 0 ? $"{label}: area is missing ({known})" : $"{label}: unknown area '{text}' ({known})");
        return null;
    }

    private void CheckPhrases(YamlMappingNode map, string label, IReadOnlyList<string> aliases, IReadOnlyList<string> keywords)
    {
        foreach (var alias in aliases.Where(a => PhraseNormalizer.Tokenize(a).Count == 0))
        {
            Error(At(map, "aliases"), $"{label}: alias '{alias}' has no words to match");
        }

        foreach (var keyword in keywords.Where(k => PhraseNormalizer.Tokenize(k).Count != 1))
        {
            Error(At(map, "keywords"), $"{label}: keyword '{keyword}' must be a single word (use an alias for phrases)");
        }
    }

    private List<string> ReadProbeIds(YamlMappingNode map, string key, string label)
    {
        var ids = ReadList(map, key, label);
        foreach (var id in ids.Where(i => !Kebab.IsValid(i)))
        {
            Error(At(map, key), $"{label}: {key} entry '{id}' is not a kebab-case probe id");
        }

        foreach (var id in ids.Where(i => Kebab.IsValid(i) && isProbe is not null && !isProbe(i)))
        {
            Error(At(map, key), $"{label}: {key} entry '{id}' is no probe ('readyscan rules list' shows the ids)");
        }

        return ids;
    }

    private string ReadScalar(YamlMappingNode map, string key, string fallback)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value.Trim();
        }

        Error(node, $"'{key}' must be a single value");
        return fallback;
    }

    private bool ReadBool(YamlMappingNode map, string key, string label)
    {
        var text = ReadScalar(map, key, "false");
        if (text is "true" or "false")
        {
            return text == "true";
        }

        Error(At(map, key), $"{label}: '{key}' must be true or false, not '{text}'");
        return false;
    }

    private List<string> ReadList(YamlMappingNode map, string key, string label)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"{label}: '{key}' must be a list, e.g. [\"a\", \"b\"]");
            return [];
        }

        var values = new List<string>();
        foreach (var entry in sequence)
        {
            if (entry is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                values.Add(value.Trim());
            }
            else
            {
                Error(entry, $"{label}: '{key}' entries must be non-empty text");
            }
        }

        return values;
    }

    // The value's own line when the key is present, so the author lands on the offending line.
    private static YamlNode At(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : map;

    private void Error(YamlNode node, string message) => _errors.Add(new CatalogError(sourceName, Line(node), message));

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
