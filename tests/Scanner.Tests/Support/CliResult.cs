namespace Scanner.Tests.Support;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
