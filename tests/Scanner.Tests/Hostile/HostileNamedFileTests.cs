using System.Diagnostics;
using System.Runtime.Versioning;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>
/// Files the user names (--checklist, --baseline, cards in --rules) get the walker's guards: regular files only,
/// the size cap, one line and exit 2 for one that cannot be read, never a hang; --annotate never writes through a
/// link out of the target.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class HostileNamedFileTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Scan_NamedChecklistThatIsAPipe_ExitsTwoWithOneLine(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var pipe = target.Full("PIPE.md");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        AssertRefused(Support.Cli.RunGuarded(cancellation, "scan", target.Root, "--checklist", pipe), "not a regular file");
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    [CancelAfter(60_000)]
    public void Scan_NamedChecklistThatIsADevice_ExitsTwoWithOneLine(string device, CancellationToken cancellation)
    {
        using var target = new HostileTarget();

        AssertRefused(Support.Cli.RunGuarded(cancellation, "scan", target.Root, "--checklist", device), "not a regular file");
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_NamedChecklistAbove2GiB_ExitsTwoNamingTheCap(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var big = target.Full("BIG_CHECKLIST.md");
        using (var sparse = File.Create(big))
        {
            // Sparse: the length is what a reader sees first, and no disk is spent on it.
            sparse.SetLength(3L * 1024 * 1024 * 1024);
        }

        AssertRefused(Support.Cli.RunGuarded(cancellation, "scan", target.Root, "--checklist", big), "above the 5,242,880-byte cap");
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_AnnotateChecklistInALinkedFolderOutsideTheTarget_WritesNothingOutside(CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        using var outside = new TempTree();
        outside.Write("X.md", "- [x] Rate limiting enabled\n");
        Directory.CreateSymbolicLink(target.Full("docs"), outside.Root);

        var result = Support.Cli.RunGuarded(cancellation, "scan", target.Root, "--checklist", target.Full("docs/X.md"), "--annotate", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0).Or.EqualTo(1), result.Stderr);
        Assert.That(Directory.GetFiles(outside.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "X.md" }));
        Assert.That(result.Stderr, Does.Contain("a link that leads out of the target"));
    }

    [Test]
    [CancelAfter(60_000)]
    public void Scan_BaselineThatIsADevice_ExitsTwoWithOneLine(CancellationToken cancellation)
    {
        using var target = new HostileTarget();

        AssertRefused(Support.Cli.RunGuarded(cancellation, "scan", target.Root, "--baseline", "/dev/zero"), "not a regular file", "readyscan: --baseline /dev/zero: ");
    }

    [Test]
    [CancelAfter(60_000)]
    public void RulesList_CardThatIsAPipe_ExitsTwoNamingTheCard(CancellationToken cancellation)
    {
        using var rules = new TempTree();
        rules.Write("js/ok.txt", "not a card\n");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(rules.Root, "js/pipe.yaml")))
        {
            mkfifo.WaitForExit();
        }

        var result = Support.Cli.RunGuarded(cancellation, "rules", "list", "--rules", rules.Root);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("js/pipe.yaml: not a regular file"));
    }

    private static void AssertRefused(CliResult result, string reason, string start = "readyscan: cannot read checklist ")
    {
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), result.Stderr);
        Assert.That(lines[0], Does.StartWith(start).And.Contain(reason));
        Assert.That(result.Stdout, Is.Empty);
    }
}
