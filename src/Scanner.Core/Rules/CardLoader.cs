using System.Reflection;
using System.Text.RegularExpressions;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Scanner.Core.Rules;

/// <summary>
/// Reads probe cards from embedded resources or a folder and validates all of them before failing, so one run
/// lists every problem, each prefixed with its card file.
/// </summary>
public static class CardLoader
{
    private const long MaxCardSize = 1024 * 1024;

    /// <summary>What a probe guards; security failures of high or critical severity fail the default gate.</summary>
    public static readonly string[] Categories = ["security", "reliability", "operations", "performance", "quality"];

    // Built on first use: the catalogue the build writes needs no YAML, and building a deserializer is reflection
    // over the card types, about 30 ms of a start that reads no YAML card.
    private static readonly Lazy<IDeserializer> Yaml = new(() => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build());

    /// <summary>
    /// The cards built into <paramref name="assembly"/>: its compact catalogue when it carries one (no YAML read at
    /// start-up), otherwise each embedded YAML card.
    /// </summary>
    public static IReadOnlyList<ProbeCard> LoadEmbedded(Assembly assembly)
    {
        if (assembly.GetManifestResourceStream(CardCatalogue.ResourceName) is { } catalogue)
        {
            using (catalogue)
            {
                return LoadCatalogue(catalogue);
            }
        }

        var errors = new List<string>();
        var cards = new List<ProbeCard>();
        foreach (var name in assembly.GetManifestResourceNames().Where(IsCardName).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            Add(Parse(name, reader.ReadToEnd(), errors), cards);
        }

        return errors.Count > 0 ? throw new CardLoadException(errors) : cards;
    }

    /// <summary>
    /// The cards of a compact catalogue, built on the same path as a YAML card. Its patterns were validated when the
    /// build wrote it (the same checks), so they are not parsed again at every start.
    /// </summary>
    internal static IReadOnlyList<ProbeCard> LoadCatalogue(Stream json)
    {
        var errors = new List<string>();
        var cards = new List<ProbeCard>();
        foreach (var entry in CardCatalogue.Read(json))
        {
            Add(Build(entry.Source, entry.Card, errors, patternsChecked: true), cards);
        }

        return errors.Count > 0 ? throw new CardLoadException(errors) : cards;
    }

    public static IReadOnlyList<ProbeCard> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CardLoadException($"{directory}: rules folder does not exist");
        }

        var errors = new List<string>();
        var cards = new List<ProbeCard>();
        var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => IsCardName(f) && Path.GetFileName(f) != "controls.yaml")
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var source = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(directory))!, file).Replace('\\', '/');
            // A card is read like any file the scan opens: a pipe or a huge file among the cards is refused, not read.
            var (yaml, refusal) = GuardedFile.ReadText(file, MaxCardSize);
            if (yaml is null)
            {
                errors.Add($"{source}: {refusal}");
                continue;
            }

            Add(Parse(source, yaml, errors), cards);
        }

        return errors.Count > 0 ? throw new CardLoadException(errors) : cards;
    }

    internal static ProbeCard? Parse(string source, string yaml, List<string> errors)
    {
        CardDocument? doc;
        try
        {
            doc = Yaml.Value.Deserialize<CardDocument>(yaml);
        }
        catch (YamlException e)
        {
            errors.Add(CardYamlError.Describe(source, yaml, e));
            return null;
        }

        if (doc is null)
        {
            errors.Add($"{source}: the card is empty");
            return null;
        }

        return Build(source, doc, errors, patternsChecked: false);
    }

    /// <summary>A card's YAML as written, before validation: what the compact catalogue stores.</summary>
    internal static CardDocument? ReadYaml(string yaml) => Yaml.Value.Deserialize<CardDocument>(yaml);

    /// <summary>Validates a card document and builds the card; YAML cards and the compact catalogue share this one path.</summary>
    private static ProbeCard? Build(string source, CardDocument doc, List<string> errors, bool patternsChecked)
    {
        var before = errors.Count;
        void Error(string message) => errors.Add($"{source}: {message}");
        var info = ValidateInfo(doc, source, Error);
        var files = Globs(doc.Files, "files", Error);
        var exclude = Globs(doc.Exclude, "exclude", Error);
        var bodies = (doc.Forbid is null ? 0 : 1) + (doc.Require is null ? 0 : 1) + (string.IsNullOrWhiteSpace(doc.Code) ? 0 : 1);
        if (bodies != 1 && !(doc.Disabled && bodies == 0))
        {
            Error("a card holds exactly one of 'forbid', 'require' or 'code'");
        }

        var forbid = doc.Forbid is null ? null : Pattern(doc.Forbid, "forbid", patternsChecked, Error);
        var require = doc.Require is null ? null : Pattern(doc.Require, "require", patternsChecked, Error);
        return errors.Count > before || info is null
            ? null
            : new ProbeCard(info, source, doc.Disabled, new FileFilter(files, exclude), forbid, require, doc.Code?.Trim());
    }

    private static ProbeInfo? ValidateInfo(CardDocument doc, string source, Action<string> error)
    {
        if (string.IsNullOrWhiteSpace(doc.Id) || !IsKebab(doc.Id))
        {
            error($"'id' must be kebab-case (got '{doc.Id}')");
            return null;
        }

        var fileId = Path.GetFileNameWithoutExtension(source.Replace('\\', '/').Split('/')[^1]);
        if (!string.Equals(fileId, doc.Id, StringComparison.Ordinal))
        {
            error($"'id' {doc.Id} does not match the file name ({fileId}.yaml)");
        }

        // A card with only an id and 'disabled: true' turns a built-in probe off; it needs no words of its own.
        var disableOnly = doc.Disabled && doc.Forbid is null && doc.Require is null && string.IsNullOrWhiteSpace(doc.Code);
        foreach (var (key, value) in disableOnly ? [] : new[] { ("title", doc.Title), ("description", doc.Description), ("remediation", doc.Remediation) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                error($"'{key}' is required");
            }
        }

        var severity = ParseEnum<Severity>(doc.Severity ?? "medium", "severity", error);
        var confidence = ParseEnum<Confidence>(doc.Confidence ?? "high", "confidence", error);
        var category = doc.Category?.Trim() ?? (doc.Cwe is { Count: > 0 } ? "security" : "reliability");
        if (!Categories.Contains(category))
        {
            error($"'category' must be one of {string.Join(", ", Categories)} (got '{category}')");
        }

        return new ProbeInfo(doc.Id, doc.Title?.Trim() ?? "", severity, confidence, doc.Description?.Trim() ?? "",
            doc.Remediation?.Trim() ?? "", doc.References ?? [], doc.Cwe ?? [], doc.Ecosystem ?? EcosystemOf(source))
        {
            Category = category, Advisory = doc.Advisory,
        };
    }

    private static PatternRule? Pattern(PatternDocument doc, string key, bool checkedBefore, Action<string> error)
    {
        if (string.IsNullOrWhiteSpace(doc.Pattern))
        {
            error($"'{key}.pattern' is required");
            return null;
        }

        const RegexOptions options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Multiline;
        var pattern = doc.Pattern;
        if (!checkedBefore && Invalid(pattern) is { } problem)
        {
            error($"'{key}.pattern' is not a valid non-backtracking regex: {problem}");
            return null;
        }

        var regex = new Lazy<Regex>(() => new Regex(pattern, options), LazyThreadSafetyMode.ExecutionAndPublication);

        var scope = ParseEnum<MatchScope>(doc.In ?? "code", $"{key}.in", error);
        var requireScope = ParseEnum<RequireScope>((doc.Scope ?? "any-file").Replace("-", "", StringComparison.Ordinal), $"{key}.scope", error);
        var message = doc.Message ?? (key == "forbid" ? "forbidden pattern found" : "required pattern not found");
        return new PatternRule(regex, scope, doc.Keywords ?? [], message, requireScope);
    }

    private static string? Invalid(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }

        return NonBacktrackingCheck.Unsupported(pattern) is { } construct ? $"it uses a {construct}" : null;
    }

    private static List<Glob> Globs(List<string>? patterns, string key, Action<string> error)
    {
        var globs = new List<Glob>();
        foreach (var pattern in patterns ?? [])
        {
            try
            {
                globs.Add(new Glob(pattern));
            }
            catch (ArgumentException e)
            {
                error($"'{key}' glob '{pattern}' is invalid: {e.Message}");
            }
        }

        return globs;
    }

    private static T ParseEnum<T>(string value, string key, Action<string> error)
        where T : struct, Enum
    {
        // The non-generic Enum methods: the generic ones are compiled at start-up for each enum (ReadyToRun code holds
        // no framework generic instantiated over this assembly's types).
        if (Enum.TryParse(typeof(T), value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(typeof(T), parsed))
        {
            return (T)parsed;
        }

        error($"'{key}' must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))} (got '{value}')");
        return default;
    }

    private static void Add(ProbeCard? card, List<ProbeCard> cards)
    {
        if (card is not null)
        {
            cards.Add(card);
        }
    }

    private static bool IsCardName(string name) =>
        name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal);

    private static string EcosystemOf(string source)
    {
        var parts = source.Replace('\\', '/').Split('/');
        return parts.Length >= 2 ? parts[^2] : "general";
    }

    /// <summary>
    /// <c>^[a-z0-9]+(?:-[a-z0-9]+)*$</c>, a final line break allowed as <c>$</c> allows it, checked without a regex:
    /// the first generated regex used builds the vectorised search sets of all of this assembly's, at start-up.
    /// </summary>
    private static bool IsKebab(string id)
    {
        var text = id.EndsWith('\n') ? id.AsSpan(0, id.Length - 1) : id.AsSpan();
        var previous = '-';
        foreach (var c in text)
        {
            if (c == '-' ? previous == '-' : !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }

            previous = c;
        }

        return previous != '-';
    }
}
