using System.Diagnostics;

namespace Scanner.Tests.Support;

/// <summary>Runs the real <c>readyscan</c> binary in a child process, as a user or CI would.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => RunIn(RepoPaths.Root, args);

    public static CliResult RunIn(string workingDirectory, params string[] args) => RunWith(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables, e.g. DOCKER_HOST pointing at a test engine or at nothing.</summary>
    public static CliResult RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "readyscan.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
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
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"readyscan {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
