using System.Diagnostics;
using System.Net.Sockets;
using Scanner.Probes.Runtime;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.Runtime;

/// <summary>Without a usable engine the inspector answers fast with a reason; it never throws or hangs.</summary>
public sealed class DockerImageInspectorTests
{
    [TestCase(null, null, "unix:///var/run/docker.sock", null)]
    [TestCase("unix:///tmp/readyscan/docker.sock", null, "unix:///tmp/readyscan/docker.sock", null)]
    [TestCase("tcp://127.0.0.1:2375", null, "tcp://127.0.0.1:2375", null)]
    [TestCase("ssh://user@host", null, null, "not supported")]
    [TestCase("not a uri", null, null, "not a valid endpoint")]
    [TestCase("tcp://127.0.0.1:2376", "1", null, "DOCKER_TLS_VERIFY")]
    public void Resolve_DockerHost_IsUsedExplicitly(string? dockerHost, string? tlsVerify, string? expected, string? problem)
    {
        var (endpoint, _, reason) = DockerEndpoint.Resolve(dockerHost, tlsVerify);

        Assert.That(endpoint?.ToString().TrimEnd('/'), Is.EqualTo(expected));
        Assert.That(reason, problem is null ? Is.Null : Does.Contain(problem));
    }

    [Test]
    public void Inspect_NoSocket_SkipsQuicklyWithAReason()
    {
        using var tree = new TempTree();
        var socket = $"unix://{tree.Root}/missing.sock";
        var watch = Stopwatch.StartNew();

        var inspection = new DockerImageInspector(TimeSpan.FromSeconds(5), Scans.Silent).Inspect("shop:1.0", DockerEndpoint.Resolve(socket, null));

        Assert.That(inspection.Facts, Is.Null);
        Assert.That(inspection.SkipReason, Does.StartWith($"no Docker engine at {socket}"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void Inspect_EngineThatNeverAnswers_TimesOut()
    {
        using var tree = new TempTree();
        var path = Path.Combine(tree.Root, "silent.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen();
        var watch = Stopwatch.StartNew();

        var inspection = new DockerImageInspector(TimeSpan.FromSeconds(1), Scans.Silent).Inspect("shop:1.0", DockerEndpoint.Resolve($"unix://{path}", null));

        Assert.That(inspection.Facts, Is.Null);
        Assert.That(inspection.SkipReason, Does.Contain("did not answer within 1s"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(6)));
    }

    [Test]
    public void ImageVerb_NoEngine_ExitsTwoWithOneLine()
    {
        using var tree = new TempTree();

        var result = Support.Cli.RunWith(RepoPaths.Root, new Dictionary<string, string> { ["DOCKER_HOST"] = $"unix://{tree.Root}/none.sock" }, "image", "shop:1.0", "--timeout", "3");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.Stderr, Does.StartWith("readyscan: runtime checks skipped: no Docker engine at unix://"));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void ScanWithImage_NoEngine_RuntimeProbesAreNotApplicable()
    {
        using var tree = new TempTree();

        var result = Support.Cli.RunWith(RepoPaths.Root, new Dictionary<string, string> { ["DOCKER_HOST"] = $"unix://{tree.Root}/none.sock" },
            "scan", "fixtures/apps/express-api", "--image", "shop:1.0", "--format", "json", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("runtime checks skipped: no Docker engine"));
        Assert.That(result.Stdout, Does.Contain("\"image-non-root-user\"").And.Contain("runtime checks skipped"));
    }
}
