namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>Whether a source line reads a named variable from the environment, in any of the usual forms.</summary>
public static class EnvReads
{
    private static readonly string[] Readers =
    [
        "process.env", "import.meta.env", "Deno.env", "getenv", "environ", "GetEnvironmentVariable", "Environment.", "env(", "env.",
        "config(", "Configuration[", "configuration[", "Config[", "ENV[", "os.Getenv", "${",
    ];

    public static bool IsRead(string line, string name) =>
        line.Contains(name, StringComparison.Ordinal) && Readers.Any(r => line.Contains(r, StringComparison.Ordinal));
}
