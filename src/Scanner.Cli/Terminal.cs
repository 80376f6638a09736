namespace Scanner.Cli;

/// <summary>Whether stdout is a person's terminal that wants colour (https://no-color.org: any NO_COLOR value turns it off).</summary>
internal static class Terminal
{
    public static bool WantsColor(bool outputRedirected, Func<string, string?> environment) =>
        !outputRedirected
        && string.IsNullOrEmpty(environment("NO_COLOR"))
        && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);

    public static bool StdoutWantsColor() => WantsColor(Console.IsOutputRedirected, Environment.GetEnvironmentVariable);
}
