using YamlDotNet.RepresentationModel;

namespace Scanner.Cli.Config;

/// <summary>
/// Where a team's controls come from: a file (<c>--controls FILE</c>, or a path under <c>controls:</c>), or
/// entries written inline under the config file's <c>controls:</c> key, whose errors name the config file's lines.
/// </summary>
/// <param name="Source">How errors name it: the file as the user wrote it, or the config file.</param>
/// <param name="Path">The file to read, or null for inline entries.</param>
/// <param name="Inline">The inline entries, or null for a file.</param>
internal sealed record ControlSource(string Source, string? Path, YamlNode? Inline);
