using System.Text.Json;
using Scanner.Probes.Runtime;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.Runtime;

/// <summary>
/// Against a real engine: .ci/run starts dockerd on a private socket, builds the two images from .ci/images and
/// exports DOCKER_HOST. Without an engine, or without the images, every test here is skipped with the reason.
/// </summary>
[NonParallelizable]
public sealed class DockerEngineTests
{
    private const string GoodImage = "readyscan-fixture-good:test";
    private const string BadImage = "readyscan-fixture-bad:test";
    private static readonly string[] FakeValues = ["ReadyScan-Fake-NotReal-db-2024", "ghp_ReadyScanFakeTokenNotReal0123456789a"];

    private ImageFacts _good = null!;

    [OneTimeSetUp]
    public void RequireEngineAndImages()
    {
        var inspector = new DockerImageInspector(TimeSpan.FromSeconds(10), Scans.Silent);
        var good = inspector.Inspect(GoodImage);
        if (good.Facts is null && good.SkipReason!.Contains("is not in the Docker engine", StringComparison.Ordinal))
        {
            Assert.Ignore($"engine tests skipped: {good.SkipReason}; .ci/run builds the test images from .ci/images");
        }

        if (good.Facts is null)
        {
            Assert.Ignore($"engine tests skipped: {good.SkipReason}");
        }

        _good = good.Facts;
    }

    [Test]
    public void Inspect_GoodImage_ReadsUserHealthcheckPortsAndLayers()
    {
        Assert.That(_good.User, Is.EqualTo("1000"));
        Assert.That(_good.Healthcheck, Is.EqualTo(new[] { "CMD", "/bin/busybox", "true" }));
        Assert.That(_good.ExposedPorts, Is.EqualTo(new[] { "8080/tcp" }));
        Assert.That(_good.Layers, Is.EqualTo(1));
        Assert.That(_good.Size, Is.GreaterThan(100_000));
    }

    [Test]
    public void ImageVerb_GoodImage_PassesEveryProbe()
    {
        var result = Support.Cli.Run("image", GoodImage);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stdout + result.Stderr);
        Assert.That(result.Stdout, Does.Contain("image runs as '1000'").And.Contain("image declares a HEALTHCHECK (CMD /bin/busybox true)"));
    }

    [Test]
    public void ImageVerb_BadImage_FailsWithRootNoHealthcheckAndRedactedSecrets()
    {
        var console = Support.Cli.Run("image", BadImage);
        var json = Support.Cli.Run("image", BadImage, "--format", "json");

        Assert.That(console.ExitCode, Is.EqualTo(1), console.Stderr);
        Assert.That(console.Stdout, Does.Contain("image runs as root (no USER in its config)").And.Contain("image declares no HEALTHCHECK"));
        Assert.That(console.Stdout, Does.Contain("DB_PASSWORD=…(30 chars)").And.Contain("GITHUB_TOKEN=ghp_…(40 chars)"));
        Assert.That(json.ExitCode, Is.EqualTo(1), json.Stderr);
        using var report = JsonDocument.Parse(json.Stdout);
        Assert.That(report.RootElement.GetProperty("findings").GetArrayLength(), Is.EqualTo(4));
        foreach (var value in FakeValues)
        {
            Assert.That(console.Stdout + console.Stderr + json.Stdout + json.Stderr, Does.Not.Contain(value));
        }
    }

    [Test]
    public void Scan_WithBadImage_RefutesTheNonRootTickFromTheImage()
    {
        var result = Support.Cli.Run("scan", "fixtures/apps/express-api", "--image", BadImage, "--format", "json", "--fail-on", "never");

        using var report = JsonDocument.Parse(result.Stdout);
        var line = report.RootElement.GetProperty("checklist").EnumerateArray()
            .Single(l => l.GetProperty("text").GetString() == "Docker container runs as non-root user");
        var evidence = line.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.That(line.GetProperty("status").GetString(), Is.EqualTo("false-claim"));
        Assert.That(evidence, Does.Contain($"image:{BadImage}").And.Contain("Dockerfile"));
        Assert.That(result.Stdout, Does.Not.Contain(FakeValues[0]));
    }
}
