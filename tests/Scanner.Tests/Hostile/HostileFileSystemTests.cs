using System.Runtime.Versioning;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>Links, permissions and files that change under the scan: never followed out, never a crash, always said.</summary>
public sealed class HostileFileSystemTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Scan_LinkLoopsAndLinksOutOfTheTree_NotFollowedAndNoted(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        Directory.CreateSymbolicLink(target.Full("loop"), target.Root);
        Directory.CreateDirectory(target.Full("a"));
        Directory.CreateSymbolicLink(target.Full("a/to-b"), target.Full("b"));
        Directory.CreateDirectory(target.Full("b"));
        Directory.CreateSymbolicLink(target.Full("b/to-a"), target.Full("a"));
        File.CreateSymbolicLink(target.Full("self.js"), target.Full("self.js"));
        Directory.CreateSymbolicLink(target.Full("etc"), "/etc");
        File.CreateSymbolicLink(target.Full("passwd.js"), "/etc/passwd");
        File.CreateSymbolicLink(target.Full("up.js"), "../../../../../../../../etc/hostname");

        var report = target.Scan(cancellation);

        Assert.That(report.Notes.Where(n => n.Kind == "symlink-loop").Select(n => n.Path), Does.Contain("loop").And.Some.StartsWith("a/"));
        Assert.That(report.NoteFor("self.js")?.Kind, Is.EqualTo("symlink-broken"));
        Assert.That(report.NoteFor("etc")?.Kind, Is.EqualTo("symlink-outside"));
        Assert.That(report.NoteFor("passwd.js")?.Kind, Is.EqualTo("symlink-outside"));
        Assert.That(report.NoteFor("up.js")?.Kind, Is.EqualTo("symlink-outside"));
        Assert.That(report.Findings.Select(f => f.Path), Has.None.StartsWith("etc/"));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    [UnsupportedOSPlatform("windows")]
    public void Scan_Chmod000FileAndFolder_NotedUnreadable(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var file = target.Write("src/locked.js", "console.log('locked');\n");
        var folder = Path.GetDirectoryName(target.Write("locked/app.js", "console.log('locked');\n"))!;
        File.SetUnixFileMode(file, UnixFileMode.None);
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            // Root reads chmod 000 files anyway (CAP_DAC_OVERRIDE), so as root the scan is run as nobody instead.
            var asRoot = Environment.UserName == "root";
            if (asRoot && !Support.Cli.CanDropPrivileges)
            {
                Assert.Ignore("running as root without setpriv: chmod 000 does not stop root, so an unreadable file cannot be provoked here");
            }

            var report = asRoot ? target.ScanUnprivileged(cancellation) : target.Scan(cancellation);

            Assert.That(report.NoteFor("src/locked.js")?.Kind, Is.EqualTo("unreadable"));
            Assert.That(report.NoteFor("locked")?.Kind, Is.EqualTo("unreadable"));
            Assert.That(report.Notes.Select(n => n.Message), Has.None.Contain(target.Root), "notes are the same wherever the tree is checked out");
            Assert.That(report.At("src/locked.js").Select(f => f.ProbeId), Has.None.EqualTo("js-no-console-log"));
            report.AssertRestIntact();
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_FilesRemovedAfterTheWalk_NotedUnreadableAndTheRestScanned(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        target.Write("src/gone.js", "console.log('gone');\n");
        target.Write("real/target.js", "console.log('target');\n");
        File.CreateSymbolicLink(target.Full("src/link.js"), target.Full("real/target.js"));
        var workspace = Workspace.Open(target.Root, new WorkspaceOptions(), Scans.Silent);
        File.Delete(target.Full("src/gone.js"));
        Directory.Delete(target.Full("real"), recursive: true);

        var report = HostileTarget.ScanInProcess(workspace, cancellation);

        Assert.That(report.NoteFor("src/gone.js")?.Kind, Is.EqualTo("unreadable"));
        Assert.That(report.NoteFor("src/link.js")?.Kind, Is.EqualTo("unreadable"));
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_FilesDeletedWhileTheScanRuns_NeverCrashes(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        for (var i = 0; i < 2000; i++)
        {
            target.Write($"src/churn/f{i:D4}.js", "console.log('churn');\n");
        }

        var workspace = Workspace.Open(target.Root, new WorkspaceOptions(), Scans.Silent);
        using var deleter = Task.Run(
            () =>
            {
                for (var i = 1999; i >= 0 && !cancellation.IsCancellationRequested; i -= 2)
                {
                    File.Delete(target.Full($"src/churn/f{i:D4}.js"));
                }
            },
            cancellation);

        var report = HostileTarget.ScanInProcess(workspace, cancellation);
        deleter.Wait(cancellation);

        // Which files vanish before their first read is a race; each one either was scanned or is noted, never lost.
        var churn = Enumerable.Range(0, 2000).Select(i => $"src/churn/f{i:D4}.js").ToList();
        var scanned = report.Findings.Where(f => f.ProbeId == "js-no-console-log" && f.Outcome == "fail").Select(f => f.Path).ToHashSet();
        var noted = report.Notes.Where(n => n.Kind == "unreadable").Select(n => n.Path).ToHashSet();
        Assert.That(churn.Where(p => !scanned.Contains(p) && !noted.Contains(p)), Is.Empty);
        Assert.That(churn.Where((p, i) => i % 2 == 0 && !scanned.Contains(p)), Is.Empty);
        report.AssertRestIntact();
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_NamedPipesWhereConfigFilesAreRead_NeverBlocks(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        string[] pipes = [".gitignore", "src/.gitignore", ".readyscanignore", "PRODUCTION_CHECKLIST.md", "package.json", "docker-compose.yml", ".env"];
        foreach (var pipe in pipes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target.Full(pipe))!);
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", target.Full(pipe));
            mkfifo.WaitForExit();
        }

        var report = target.Scan(cancellation);

        report.AssertRestIntact();
    }
}
