using System.Text;

namespace Scanner.Tests.Hostile;

/// <summary>Bytes that are not the text their file name promises: each is noted, and nothing else is lost.</summary>
public sealed class HostileEncodingTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Scan_RandomBytesBehindTextExtensions_NotesEachFileAndScansTheRest(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var random = new Random(9);
        var withNul = new byte[64 * 1024];
        random.NextBytes(withNul);
        withNul[10] = 0;
        target.WriteBytes("app.js", withNul);

        // Without a NUL byte the sniffer cannot call it binary, so every parser behind these names gets the garbage.
        var garbage = withNul.Select(b => b == 0 ? (byte)0xFF : b).ToArray();
        string[] parsed = ["docker-compose.yml", ".github/workflows/ci.yml", "package.json", "Dockerfile", "nginx.conf", "PRODUCTION_CHECKLIST.md", "app.py"];
        foreach (var path in parsed)
        {
            target.WriteBytes(path, garbage);
        }

        var report = target.ScanCli(cancellation);

        Assert.That(report.NoteFor("app.js")?.Kind, Is.EqualTo("binary"));
        Assert.That(parsed.Select(p => report.NoteFor(p)?.Kind), Is.All.EqualTo("invalid-utf8"));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_InvalidUtf8WithAndWithoutBom_NotesReplacementAndStillFindsTheCall(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        byte[] call = [.. "console.log('after bad bytes');\n"u8];
        target.WriteBytes("src/plain.js", [0xC3, 0x28, 0xFF, 0x0A, .. call]);
        target.WriteBytes("src/bom.js", [0xEF, 0xBB, 0xBF, 0xED, 0xA0, 0x80, 0x0A, .. call]);

        var report = target.Scan(cancellation);

        Assert.That(report.NoteFor("src/plain.js")?.Kind, Is.EqualTo("invalid-utf8"));
        Assert.That(report.NoteFor("src/bom.js")?.Kind, Is.EqualTo("invalid-utf8"));
        Assert.That(report.At("src/plain.js").Select(f => (f.ProbeId, f.Line)), Does.Contain(("js-no-console-log", 2)));
        Assert.That(report.At("src/bom.js").Select(f => (f.ProbeId, f.Line)), Does.Contain(("js-no-console-log", 2)));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_Utf16Files_DecodesWithBomNotesBrokenOnesAndCallsBomlessOnesBinary(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var text = "console.log('utf-16');\n";
        target.WriteBytes("src/le.js", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);
        target.WriteBytes("src/be.js", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]);
        target.WriteBytes("src/lone-surrogate.js", [0xFF, 0xFE, 0x00, 0xD8, .. Encoding.Unicode.GetBytes("\n" + text)]);
        target.WriteBytes("src/odd-length.js", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text), 0x41]);
        target.WriteBytes("src/no-bom.js", Encoding.Unicode.GetBytes(text));

        var report = target.Scan(cancellation);

        Assert.That(report.At("src/le.js").Select(f => f.ProbeId), Does.Contain("js-no-console-log"));
        Assert.That(report.At("src/be.js").Select(f => f.ProbeId), Does.Contain("js-no-console-log"));
        Assert.That(report.NoteFor("src/le.js"), Is.Null);
        Assert.That(report.NoteFor("src/lone-surrogate.js")?.Kind, Is.EqualTo("invalid-utf-16le"));
        Assert.That(report.At("src/lone-surrogate.js").Select(f => (f.ProbeId, f.Line)), Does.Contain(("js-no-console-log", 2)));
        Assert.That(report.NoteFor("src/odd-length.js")?.Kind, Is.EqualTo("invalid-utf-16be"));

        // Without a BOM, UTF-16 is indistinguishable from binary by its NUL bytes, as it is for git; said, not guessed.
        Assert.That(report.NoteFor("src/no-bom.js")?.Kind, Is.EqualTo("binary"));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_FileNamesWithInvalidUtf8AndControlCharacters_NotedOrScanned(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        target.Write("src/new\nline.js", "console.log('newline');\n");
        target.Write("src/tab\tand \"quote\".js", "console.log('tab');\n");

        // .NET cannot name a file whose name is not UTF-8, so the test makes it with the system's own mv.
        var plain = target.Write("src/latin1.js", "console.log('latin-1 name');\n");
        using (var mv = System.Diagnostics.Process.Start("sh", ["-c", "mv \"$0\" \"$(dirname \"$0\")/$(printf 'caf\\351.js')\"", plain]))
        {
            mv.WaitForExit();
        }

        var report = target.Scan(cancellation);

        Assert.That(report.At("src/new\nline.js").Select(f => f.ProbeId), Does.Contain("js-no-console-log"));
        Assert.That(report.At("src/tab\tand \"quote\".js").Select(f => f.ProbeId), Does.Contain("js-no-console-log"));
        Assert.That(report.Notes.Where(n => n.Path.StartsWith("src/caf", StringComparison.Ordinal)).Select(n => n.Kind), Is.EqualTo(new[] { "unreadable" }));
        report.AssertRestIntact();
    }
}
