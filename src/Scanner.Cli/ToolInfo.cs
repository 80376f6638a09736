using System.Reflection;

namespace Scanner.Cli;

internal static class ToolInfo
{
    /// <summary>The informational version without the source-control suffix, so reports do not change per commit.</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
