using System.Diagnostics;

namespace Scanner.Tests.Support;

/// <summary>
/// Debian's chromium, run headless with no sandbox, GPU, network services or profile state, on a local file.
/// .ci/run installs it; tests skip, saying so, on a machine without it.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string Find()
    {
        var path = Candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            Assert.Ignore("chromium not installed (/usr/bin/chromium): .ci/run installs it with apt-get install chromium");
        }

        return path!;
    }

    /// <summary>Runs chromium on <paramref name="page"/> with <paramref name="mode"/> (--dump-dom or --screenshot=FILE).</summary>
    public static CliResult Run(string page, params string[] mode)
    {
        var chromium = Find();
        var profile = Directory.CreateTempSubdirectory("readyscan-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                $"--user-data-dir={profile.FullName}", "--window-size=1280,2400",
            }.Concat(mode))
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish rendering {page} in 90 seconds");
            }

            return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be releasing its profile; a leftover temp folder is harmless.
            }
        }
    }

    /// <summary>What the page itself printed to the console (errors, CSP refusals); chromium's own log lines are not.</summary>
    public static IReadOnlyList<string> ConsoleLines(CliResult result) =>
        [.. result.Stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal))];
}
