using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>
/// A weak credential default (too plain for the secret detector's entropy gate) is still the credential: no
/// format may print it, whichever probe quotes the line.
/// </summary>
public sealed class EnvFallbackLeakTests
{
    private static readonly string[] Planted = ["kitten-fallback", "hunter2-fb-x", "weak-dev-key", "compose-pw-x"];

    [Test]
    public void Scan_EnvReadsWithCredentialFallbacks_NeverPrintsTheFallback()
    {
        using var tree = new TempTree();
        tree.Write("app.py", """
            import os
            from flask import Flask
            app = Flask(__name__)
            app.secret_key = os.environ.get("FLASK_SECRET", "kitten-fallback")
            mail = os.environ.get("MAIL_PASSWORD", default="hunter2-fb-x")
            """);
        tree.Write("server.js", "const key = process.env.API_KEY || 'weak-dev-key';\nconsole.log(key);\n");
        tree.Write("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-compose-pw-x}\n");
        tree.Write(".env.example", "OTHER=1\n");

        foreach (var format in ReportWriters.Formats)
        {
            var result = Support.Cli.Run("scan", tree.Root, "--format", format, "-v", "--fail-on", "never");

            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.Stdout, Does.Contain("env-example-lists-used-keys"), "the probe that quotes these lines must have run");
            var stdout = result.Stdout.Replace("\\", "", StringComparison.Ordinal);
            foreach (var value in Planted)
            {
                Assert.That(stdout, Does.Not.Contain(value), $"{format} report leaks a fallback");
                Assert.That(result.Stderr, Does.Not.Contain(value), $"{format} log leaks a fallback");
            }
        }
    }
}
