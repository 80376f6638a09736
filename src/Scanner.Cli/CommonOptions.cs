using System.CommandLine;

namespace Scanner.Cli;

/// <summary>Options shared by several verbs, defined once so their spelling and help never drift.</summary>
internal static class CommonOptions
{
    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Log progress and decisions to stderr." };

    public static Option<string[]> Plugins() => new("--plugin")
    {
        Description = "A plugin assembly (PATH.dll) whose probes and cards join the built-in ones (repeatable; docs/plugins.md).", AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> Rules() => new("--rules") { Description = "Folder of extra probe cards; a card with a default's id overrides it." };
}
