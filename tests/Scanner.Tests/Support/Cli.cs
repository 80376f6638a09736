using System.Diagnostics;

namespace Scanner.Tests.Support;

/// <summary>
/// Runs <c>readyscan</c> as a user or CI would: through the CLI's entry point in this process (the default; see
/// <see cref="InProcessCli"/>), or as the real binary in a child process where the process itself is what a test
/// is about (its environment, its user, a redirected stdout).
/// </summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => InProcessCli.Run(args, CancellationToken.None);

    /// <summary>
    /// Runs until <paramref name="cancellation"/> fires (a test's [CancelAfter] hang guard), then throws, so a scan
    /// that hangs fails its test instead of stalling the run.
    /// </summary>
    public static CliResult RunGuarded(CancellationToken cancellation, params string[] args) => InProcessCli.Run(args, cancellation);

    /// <summary>The real binary in a child process started at the repository root.</summary>
    public static CliResult RunProcess(params string[] args) => Start(RepoPaths.Root, new Dictionary<string, string>(), args, null, CancellationToken.None);

    /// <summary>The real binary with extra environment variables, e.g. DOCKER_HOST pointing at a test engine or at nothing.</summary>
    public static CliResult RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Start(workingDirectory, environment, args, null, CancellationToken.None);

    /// <summary>
    /// Runs as the unprivileged user nobody through setpriv, so file permissions bind even when the tests run as
    /// root (as in CI), where chmod 000 stops nothing. The caller checks <see cref="CanDropPrivileges"/> first.
    /// </summary>
    public static CliResult RunUnprivileged(CancellationToken cancellation, params string[] args) =>
        Start(RepoPaths.Root, new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.GetTempPath() }, args, ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"], cancellation);

    public static bool CanDropPrivileges => Environment.UserName == "root" && File.Exists("/usr/bin/setpriv");

    private static CliResult Start(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args, string[]? launcher, CancellationToken cancellation)
    {
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "readyscan.dll");
        var start = new ProcessStartInfo(launcher?[0] ?? "dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in launcher?.Skip(1).Append("dotnet") ?? [])
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"readyscan {string.Join(' ', args)} did not finish in time (hang guard)");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
