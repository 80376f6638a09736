using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Reporting;
using Scanner.Tests.Core.Secrets;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>
/// curl commands with Basic and Bearer Authorization headers carrying JWT-shaped and base64 values, in a shell
/// script, a README, a CI file and a Dockerfile: every report format and the verbose log show each value only as
/// one redacted shape of its own length, never the value, never a shape redacted again ("…(8 chars) chars)").
/// </summary>
public sealed partial class CurlHeaderRedactionTests
{
    [Test]
    public void Scan_CurlAuthorizationHeadersInFourFileKinds_EveryFormatShowsOneShapePerValue()
    {
        using var tree = new TempTree();
        var commands = CurlHeaders.Commands.ToList();
        tree.Write("scripts/deploy.sh", "#!/bin/sh\n" + string.Concat(commands.Select(c => c + "\n")));
        tree.Write("README.md", "# Usage\n\n```sh\n" + string.Concat(commands.Select(c => c + "\n")) + "```\n\nOr `" + commands[0] + "`.\n");
        tree.Write(".github/workflows/ci.yml", "on: push\njobs:\n  smoke:\n    runs-on: ubuntu-latest\n    steps:\n" + string.Concat(commands.Select(c => $"      - run: {c}\n")));
        tree.Write("Dockerfile", "FROM node:20\n" + string.Concat(commands.Select(c => $"RUN {c}\n")) + "USER node\n");
        var lengths = CurlHeaders.Values.Select(v => v.Length.ToString(CultureInfo.InvariantCulture)).ToHashSet();

        foreach (var format in ReportWriters.Formats)
        {
            var result = Support.Cli.Run("scan", tree.Root, "--format", format, "-v", "--fail-on", "never");

            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            var output = result.Stdout.Replace("\\", "", StringComparison.Ordinal) + result.Stderr;
            foreach (var value in CurlHeaders.Values)
            {
                Assert.That(output, Does.Not.Contain(value[12..]), $"{format} shows {value[..4]}…");
            }

            var shapes = Shape().Matches(output).Select(m => m.Groups["length"].Value).ToList();
            Assert.That(shapes, Is.Not.Empty, $"{format} shows no redacted value");
            Assert.That(shapes.Where(length => !lengths.Contains(length)), Is.Empty, $"{format} shows a shape of another length: part of a value, or a shape redacted again");
            Assert.That(output, Does.Not.Match(@"chars\)\S*chars\)"), format);
        }
    }

    [GeneratedRegex(@"…\((?<length>\d+) chars\)")]
    private static partial Regex Shape();
}
