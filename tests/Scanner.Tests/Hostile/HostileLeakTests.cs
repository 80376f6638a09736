using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>
/// Secrets outside the places probes look: checklist text, headings, paths, quoted commands and header syntax of
/// web servers. Every format is rendered from the report the CLI would hand its writers.
/// </summary>
public sealed class HostileLeakTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Report_TokensInChecklistHeadingLinePathCommandAndHeader_NoFormatPrintsOne(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        PlantedSecrets.Plant(target);

        var report = target.Report(cancellation);

        Assert.That(report.Checklist.Lines, Is.Not.Empty, "the checklist must be judged for its text to reach the reports");
        Assert.That(report.Scan.AllFindings.Select(f => f.Location?.Path), Has.Some.StartsWith("tools/ghp_…"));
        foreach (var format in ReportWriters.Formats)
        {
            var output = Reports.Render(format, report).Replace("\\", "", StringComparison.Ordinal);
            foreach (var secret in PlantedSecrets.All)
            {
                Assert.That(output, Does.Not.Contain(secret), $"{format} prints {secret[..8]}…");
            }
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public void Report_ProbeQuotingADockerfileCommand_MessageRedactedAsDockerfile(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        PlantedSecrets.Plant(target);

        var report = target.Report(cancellation);

        var install = report.Scan.AllFindings.Single(f => f.ProbeId == "dockerfile-production-install" && f.Location?.Path == "Dockerfile");
        Assert.That(install.Message, Does.Contain("SESSION_SECRET=…(22 chars)"));
    }

    [TestCase("    proxy_set_header Authorization \"Basic UmVhZHlTY2FuOkZha2VOb3RSZWFsNzcx\";", Language.Nginx)]
    [TestCase("  RequestHeader set Authorization \"Bearer ReadyScanFakeNotRealApacheQ9x2\"", Language.Other)]
    [TestCase("    header_up Authorization \"Bearer ReadyScanFakeNotRealCaddy7Kq3w\"", Language.Other)]
    [TestCase("X-Api-Key: ReadyScanFakeNotRealHdr9Qx2", Language.Other)]
    public void Scan_ServerHeaderSyntax_DetectedAsCredential(string line, Language language)
    {
        Assert.That(SecretScanner.Scan(line, language), Has.Count.EqualTo(1));
    }

    [TestCase("proxy_set_header Authorization \"Basic cGFzczpwYXNz\";", Language.Nginx, "cGFzczpwYXNz")]
    [TestCase("RequestHeader set X-Api-Key weakkey1", Language.Other, "weakkey1")]
    [TestCase("Authorization: Bearer abc123", Language.Other, "abc123")]
    [TestCase("POSTGRES_PASSWORD: postgres", Language.Yaml, "postgres")]
    [TestCase("ENV DB_PASSWORD hunter22", Language.Dockerfile, "hunter22")]
    [TestCase("const password = \"hunter22\";", Language.JavaScript, "hunter22")]
    public void Evidence_CredentialNamedValuesTheDetectorPassesOver_Masked(string line, Language language, string value)
    {
        var shown = Redactor.ScrubEvidence(line, language);

        Assert.That(shown, Does.Not.Contain(value));
        Assert.That(shown, Does.Contain("…("));
    }

    [TestCase("const password = req.body.password;", Language.JavaScript)]
    [TestCase("DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}", Language.Yaml)]
    [TestCase("- [x] Passwords: hashed with bcrypt", Language.Markdown)]
    public void Evidence_ReferencesAndProse_LeftReadable(string line, Language language)
    {
        Assert.That(Redactor.ScrubEvidence(line, language), Is.EqualTo(line));
    }
}
