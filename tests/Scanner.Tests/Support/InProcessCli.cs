using Scanner.Cli;

namespace Scanner.Tests.Support;

/// <summary>
/// Runs <c>readyscan</c> through its own entry point (<see cref="ReadyScanCli.Run"/>) inside the test process, with
/// stdout and stderr captured per run: the same arguments, exit code and output as the binary, without a process
/// start, runtime start-up and JIT per case. The working directory is the repository root for the whole run
/// (<see cref="TestRunSetup"/>), as it is for the child processes <see cref="Cli"/> starts.
/// </summary>
internal static class InProcessCli
{
    private static readonly AsyncLocal<(TextWriter Out, TextWriter Error)?> Current = new();
    private static readonly Lock Gate = new();
    private static TextWriter? _installedOut;
    private static TextWriter? _installedError;

    /// <summary>Runs on a worker whose flow carries the capture; waits until done or until the hang guard fires.</summary>
    public static CliResult Run(string[] args, CancellationToken cancellation)
    {
        Install();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var run = Task.Run(() =>
        {
            // The engine logs from several threads at once; a StringWriter alone is not safe for that.
            Current.Value = (TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr));
            return ReadyScanCli.Run(args);
        }, CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            run.Wait(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // A thread cannot be killed: the hung run is left behind, and its test fails instead of stalling the run.
            throw new TimeoutException($"readyscan {string.Join(' ', args)} did not finish in time (hang guard)");
        }

        return new CliResult(run.GetAwaiter().GetResult(), stdout.ToString(), stderr.ToString());
    }

    /// <summary>Puts the routers in place, again if something (a test framework) replaced the console's writers since.</summary>
    private static void Install()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(Console.Out, _installedOut))
            {
                Console.SetOut(new ConsoleRouter(Console.Out, () => Current.Value?.Out));
                _installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, _installedError))
            {
                Console.SetError(new ConsoleRouter(Console.Error, () => Current.Value?.Error));
                _installedError = Console.Error;
            }
        }
    }
}
