using Scanner.Core.Engine;
using Scanner.Core.Workspaces;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scanner.Cli.Config;

/// <summary>
/// Finds and reads the config file: <c>--config FILE</c>, else <c>.readyscan.yml</c> (or <c>.yaml</c>) at the
/// target's root, else none. Every problem is reported at once, one line each with the file and line (exit 2).
/// </summary>
internal static class ConfigLoader
{
    public static readonly string[] DefaultNames = [".readyscan.yml", ".readyscan.yaml"];

    private const long MaxConfigSize = 1024 * 1024;

    public static ScanConfig Load(string? explicitPath, string target)
    {
        var path = explicitPath ?? DefaultNames.Select(n => Path.Combine(target, n)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return ScanConfig.None;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--config {path}: no such file");
        }

        var (text, refusal) = GuardedFile.ReadText(path, MaxConfigSize);
        var source = explicitPath ?? Path.GetFileName(path);
        return text is null ? throw new UsageException($"cannot read config file {source}: {refusal}") : Parse(text, source, path);
    }

    /// <param name="source">How errors and suppressions name the file.</param>
    /// <param name="path">Where the file is, for resolving its relative rules folders.</param>
    public static ScanConfig Parse(string text, string source, string path)
    {
        var errors = new ConfigErrors(source);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add((int)e.Start.Line, $"not valid YAML: {e.Message}");
            errors.ThrowIfAny();
        }

        var config = new ScanConfig(source);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return config;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(stream.Documents[0].RootNode, "the file must be a mapping of keys (checklists, exclude, skip, severity, fail-on, rules, suppress, controls, plugins)");
            errors.ThrowIfAny();
            return config;
        }

        var resolved = config;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (ConfigKeys.All.TryGetValue(key, out var handler))
            {
                // Handlers resolve relative paths against Source, so they see the real path, then the display name returns.
                resolved = handler(value, resolved with { Source = path }, errors) with { Source = source };
            }
            else
            {
                errors.Add(keyNode, $"unknown key '{key}' (known: {string.Join(", ", ConfigKeys.All.Keys.Order(StringComparer.Ordinal))})");
            }
        }

        errors.ThrowIfAny();
        return resolved with
        {
            Suppressions = [.. resolved.Suppressions.Select(s => s with { Source = source })],
            Controls = [.. resolved.Controls.Select(c => c.Inline is null ? c : c with { Source = source })],
        };
    }

    /// <summary>Every probe id the file names must be one the catalog knows (built in, or from its rules folders).</summary>
    public static void CheckIds(ScanConfig config, ProbeCatalog catalog)
    {
        var errors = new ConfigErrors(config.Source);
        foreach (var (id, where) in config.ProbeIds.Where(p => catalog.Find(p.Id) is null))
        {
            errors.Add(0, $"{where}: '{id}' is no probe ('readyscan rules list' shows the ids)");
        }

        errors.ThrowIfAny();
    }
}
