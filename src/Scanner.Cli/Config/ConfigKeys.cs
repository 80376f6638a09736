using System.Globalization;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Scanner.Cli.Config;

/// <summary>
/// One handler per top-level key of the config file: each reads its node into the config, and reports every
/// problem it finds (with the line) instead of stopping at the first.
/// </summary>
internal static class ConfigKeys
{
    public delegate ScanConfig Handler(YamlNode node, ScanConfig config, ConfigErrors errors);

    public static readonly IReadOnlyDictionary<string, Handler> All = new Dictionary<string, Handler>(StringComparer.Ordinal)
    {
        ["version"] = Version,
        ["checklists"] = (n, c, e) => c with { Checklists = Strings(n, "checklists", e) },
        ["exclude"] = (n, c, e) => c with { Exclude = Strings(n, "exclude", e) },
        ["skip"] = (n, c, e) => c with { Skip = Strings(n, "skip", e), ProbeIds = [.. c.ProbeIds, .. Strings(n, "skip", null).Select(id => (id, $"line {Line(n)}: skip"))] },
        ["severity"] = Severity,
        ["fail-on"] = FailOn,
        ["rules"] = (n, c, e) => c with { Rules = [.. Strings(n, "rules", e).Select(r => Relative(c, r))] },
        ["suppress"] = Suppress,
        ["controls"] = Controls,
        ["plugins"] = (n, c, e) => c with { Plugins = [.. Strings(n, "plugins", e).Select(p => Relative(c, p))] },
    };

    /// <summary>A path written in the config file means one beside it, wherever readyscan runs.</summary>
    private static string Relative(ScanConfig config, string path) => Path.GetFullPath(path, Path.GetDirectoryName(Path.GetFullPath(config.Source))!);

    /// <summary>Controls written inline (a list of entries like rules/controls.yaml's), or files of them.</summary>
    private static ScanConfig Controls(YamlNode node, ScanConfig config, ConfigErrors errors)
    {
        if (node is YamlSequenceNode list && list.Children.Count > 0 && list.Children.All(c => c is YamlMappingNode))
        {
            return config with { Controls = [.. config.Controls, new ControlSource("", null, node)] };
        }

        var files = Strings(node, "controls", null);
        if (files.Count == 0)
        {
            errors.Add(node, "controls: a list of controls (entries like rules/controls.yaml's), or the path(s) of files of them");
        }

        return config with { Controls = [.. config.Controls, .. files.Select(f => new ControlSource(f, Relative(config, f), null))] };
    }

    private static ScanConfig Version(YamlNode node, ScanConfig config, ConfigErrors errors)
    {
        if (node is not YamlScalarNode { Value: "1" })
        {
            errors.Add(node, "version: only 1 is known");
        }

        return config;
    }

    private static ScanConfig FailOn(YamlNode node, ScanConfig config, ConfigErrors errors)
    {
        var terms = Strings(node, "fail-on", errors);
        foreach (var unknown in terms.SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries)).Where(t => !Gate.Terms.Contains(t.ToLowerInvariant())))
        {
            errors.Add(node, $"fail-on: unknown value '{unknown}' (known: {string.Join(", ", Gate.Terms)})");
        }

        return config with { FailOn = terms };
    }

    private static ScanConfig Severity(YamlNode node, ScanConfig config, ConfigErrors errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(node, "severity: a mapping of probe id to critical, high, medium, low or info");
            return config;
        }

        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var ids = new List<(string, string)>();
        foreach (var (key, value) in map.Children)
        {
            var id = (key as YamlScalarNode)?.Value ?? "";
            ids.Add((id, $"line {Line(key)}: severity"));
            if (value is YamlScalarNode { Value: { } text } && Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
            {
                severities[id] = severity;
            }
            else
            {
                errors.Add(value, $"severity: {id}: '{(value as YamlScalarNode)?.Value}' is not critical, high, medium, low or info");
            }
        }

        return config with { Severities = severities, ProbeIds = [.. config.ProbeIds, .. ids] };
    }

    private static ScanConfig Suppress(YamlNode node, ScanConfig config, ConfigErrors errors)
    {
        if (node is not YamlSequenceNode list)
        {
            errors.Add(node, "suppress: a list of entries with probe, paths and reason (and optionally until: YYYY-MM-DD)");
            return config;
        }

        var suppressions = new List<PathSuppression>();
        var ids = new List<(string, string)>();
        foreach (var entry in list.Children)
        {
            if (entry is not YamlMappingNode map)
            {
                errors.Add(entry, "suppress: each entry is a mapping with probe, paths and reason");
                continue;
            }

            var fields = map.Children.ToDictionary(kv => (kv.Key as YamlScalarNode)?.Value ?? "", kv => kv.Value, StringComparer.Ordinal);
            foreach (var unknown in fields.Keys.Where(k => k is not ("probe" or "paths" or "reason" or "until")))
            {
                errors.Add(map, $"suppress: unknown field '{unknown}' (known: probe, paths, reason, until)");
            }

            var probe = Scalar(fields, "probe");
            var reason = Scalar(fields, "reason");
            var paths = fields.TryGetValue("paths", out var p) ? Strings(p, "suppress: paths", errors) : [];
            var untilText = Scalar(fields, "until");
            DateOnly? until = null;
            Require(errors, map, probe.Length > 0, "suppress: 'probe' is required (a probe id, or * for every probe)");
            Require(errors, map, reason.Length > 0, "suppress: 'reason' is required: say why the finding is accepted");
            Require(errors, map, paths.Count > 0, "suppress: 'paths' is required (one or more gitignore-style globs)");
            if (untilText.Length > 0 && DateOnly.TryParseExact(untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                until = day;
            }
            else
            {
                Require(errors, map, untilText.Length == 0, $"suppress: until '{untilText}' is not a date (YYYY-MM-DD)");
            }

            if (probe.Length > 0 && probe != PathSuppression.AnyProbe)
            {
                ids.Add((probe, $"line {Line(map)}: suppress"));
            }

            suppressions.Add(new PathSuppression(probe, [.. paths.Select(g => new Glob(g.TrimEnd('/')))], reason, until, config.Source, Line(map)));
        }

        return config with { Suppressions = suppressions, ProbeIds = [.. config.ProbeIds, .. ids] };
    }

    private static void Require(ConfigErrors errors, YamlNode node, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add(node, message);
        }
    }

    /// <summary>A string or a list of strings; anything else is one error.</summary>
    private static List<string> Strings(YamlNode node, string key, ConfigErrors? errors)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } one }:
                return [one];
            case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                return [.. list.Children.Select(c => ((YamlScalarNode)c).Value!)];
            default:
                errors?.Add(node, $"{key}: a string or a list of strings");
                return [];
        }
    }

    private static string Scalar(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } value } ? value.Trim() : "";

    public static int Line(YamlNode node) => (int)node.Start.Line;
}
