using System.Text.RegularExpressions;
using Scanner.Core.Workspaces;

namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>
/// Framework settings a line can name in prose ("Standalone output"), each with the only files the framework reads
/// it from and how a set value reads there. A setting the framework does not set by default is unset when none of
/// those files sets it outside comments, so a line naming it is refuted by the files themselves; a line about a
/// setting whose files the repository lacks names something this table cannot look up, and gets no qualifier.
/// </summary>
public static partial class ConfigSettings
{
    /// <param name="Name">How reports name the setting.</param>
    /// <param name="Files">The file names (lower case) the framework reads it from.</param>
    /// <param name="Set">The setting as written when set.</param>
    public sealed record Setting(string Name, IReadOnlyList<string> Files, Regex Set);

    private static readonly (Regex Phrase, Setting Setting)[] Known =
    [
        (StandalonePhrase(), new Setting("output: 'standalone'", NextConfigNames.Names, StandaloneSet())),
    ];

    /// <summary>The settings the line names, unless it names them as gone or as an example.</summary>
    public static IReadOnlyList<Setting> Named(string text) =>
        [.. Known.Where(k => k.Phrase.Match(text) is { Success: true } m && !ArtifactExtractor.IsExample(text, m.Value)).Select(k => k.Setting)];

    [GeneratedRegex(@"\b(?:standalone (?:output|build|mode)|output:? ?['""`]?standalone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandalonePhrase();

    [GeneratedRegex(@"\boutput\s{0,8}:\s{0,8}['""`]standalone['""`]", RegexOptions.CultureInvariant)]
    private static partial Regex StandaloneSet();
}
