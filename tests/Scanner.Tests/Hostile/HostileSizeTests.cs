using Scanner.Core.Workspaces;

namespace Scanner.Tests.Hostile;

/// <summary>Too big, too many, too deep: each is walked or skipped with a reason, in bounded time.</summary>
public sealed class HostileSizeTests
{
    private const long TwoHundredMegabytes = 200L * 1024 * 1024;

    [Test]
    [Category("Hostile")]
    [CancelAfter(90_000)]
    public void Scan_200MegabyteSingleLine_SkippedAtTheCapAndReadWhenTheCapAllowsIt(CancellationToken cancellation)
    {
        using var target = new HostileTarget(inMemory: true);
        // TypeScript, which no minifier emits: a .js file of this shape is set aside as minified, unread by code probes.
        WriteOneLine(target.Full("src/huge.ts"), TwoHundredMegabytes);

        var capped = target.ScanCli(cancellation);
        var raised = target.Scan(cancellation, new WorkspaceOptions { MaxFileSize = TwoHundredMegabytes + 1 });

        Assert.That(capped.NoteFor("src/huge.ts")?.Kind, Is.EqualTo("too-large"));
        Assert.That(capped.NoteFor("src/huge.ts")?.Message, Does.Contain("--max-file-size"));
        capped.AssertRestIntact();
        Assert.That(raised.At("src/huge.ts").Select(f => f.ProbeId), Does.Contain("js-no-console-log"));
        raised.AssertRestIntact();
    }

    [Test]
    [Category("Hostile")]
    [CancelAfter(90_000)]
    public void Scan_100000TinyFiles_ScansThemAll(CancellationToken cancellation)
    {
        using var target = new HostileTarget(inMemory: true);
        byte[] tiny = [.. "module.exports = 1;\n"u8];
        for (var folder = 0; folder < 100; folder++)
        {
            var dir = Directory.CreateDirectory(target.Full($"src/many/d{folder:D3}")).FullName;
            for (var file = 0; file < 1000; file++)
            {
                File.WriteAllBytes(Path.Combine(dir, $"f{file:D4}.js"), tiny);
            }
        }

        var report = target.Scan(cancellation);

        // Nothing was passed over, so there is nothing to note: the proof is that the files were all counted.
        Assert.That(report.Notes, Is.Empty);
        Assert.That(report.FilesScanned, Is.EqualTo(100_002));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_50NestedFolders_FindsTheCallAtTheBottom(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var deep = "src/" + string.Join('/', Enumerable.Range(0, 50).Select(i => $"level{i:D2}")) + "/deep.js";
        target.Write(deep, "console.log('fifty folders down');\n");

        var report = target.Scan(cancellation);

        Assert.That(report.At(deep).Select(f => (f.ProbeId, f.Outcome)), Does.Contain(("js-no-console-log", "fail")));
        Assert.That(report.Notes, Is.Empty);
        report.AssertRestIntact();
    }

    /// <summary>Streams the file in 1 MiB chunks: the test never holds it in memory.</summary>
    private static void WriteOneLine(string path, long size)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Write("console.log('start');"u8);
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'a');
        while (stream.Length < size)
        {
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, size - stream.Length));
        }
    }
}
