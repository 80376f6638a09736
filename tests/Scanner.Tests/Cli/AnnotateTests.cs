using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

public sealed class AnnotateTests
{
    [Test]
    public void Annotate_SampleAppCopy_WritesACopyBesideAndLeavesTheOriginalByteIdentical()
    {
        using var tree = CopyOfSampleApp();
        var original = Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.md");
        var before = File.ReadAllBytes(original);

        var result = Support.Cli.Run("scan", tree.Root, "--annotate", "--fix-checkboxes", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(File.ReadAllBytes(original), Is.EqualTo(before), "the checklist itself is never written");
        var copy = File.ReadAllText(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.readyscan.md"));
        Assert.That(copy, Does.Contain("- [ ] No hardcoded secrets in the codebase\n  - readyscan: **false-claim** (original line 6, verdict unmet, box unticked by readyscan)"));
        Assert.That(copy, Does.Contain("    - fail `src/lib/payments.js:4` Stripe live secret key hardcoded: sk_live_…(35 chars)"));
        Assert.That(copy, Does.Contain("- [x] Content-Security-Policy configured\n  - readyscan: **unclaimed-met**"));
        Assert.That(copy, Does.Not.Contain("summary-mismatch** (original line 37"), "75 % for 16 of 21 (76.2 %) is rounding to the nearest 5, not a false statement");
    }

    [Test]
    public void Annotate_WithoutFixCheckboxes_KeepsEveryOriginalLineInOrder()
    {
        using var tree = CopyOfSampleApp();
        var original = File.ReadAllLines(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.md"));

        Support.Cli.Run("scan", tree.Root, "--annotate", "--format", "json=" + Path.Combine(tree.Root, "report.json"));

        var copy = File.ReadAllLines(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.readyscan.md"));
        var kept = copy.Where(l => !l.TrimStart(' ', '>', '-').StartsWith("readyscan:", StringComparison.Ordinal)
            && !l.StartsWith("    - ", StringComparison.Ordinal) && !l.StartsWith(">   - ", StringComparison.Ordinal)
            && !l.StartsWith("<!-- Annotated by ReadyScan", StringComparison.Ordinal)).ToList();
        Assert.That(kept.Where(l => l.Length > 0), Is.EqualTo(original.Where(l => l.Length > 0)));
    }

    [Test]
    public void Scan_AfterAnnotate_DoesNotJudgeTheCopyAsAChecklist()
    {
        using var tree = CopyOfSampleApp();
        Support.Cli.Run("scan", tree.Root, "--annotate", "-q");

        var again = Support.Cli.Run("scan", tree.Root, "--quiet");

        Assert.That(again.Stdout, Does.Contain("Checklist: PRODUCTION_CHECKLIST.md").And.Not.Contain("readyscan.md ("));
    }

    [Test]
    public void Annotate_CopyPathIsASymlink_RefusesToWriteThroughIt()
    {
        using var tree = CopyOfSampleApp();
        var outside = Path.Combine(tree.Root, "..", Path.GetFileName(tree.Root) + "-outside.md");
        File.WriteAllText(outside, "keep me\n");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "PRODUCTION_CHECKLIST.readyscan.md"), outside);

        var result = Support.Cli.Run("scan", tree.Root, "--annotate");

        Assert.That(File.ReadAllText(outside), Is.EqualTo("keep me\n"));
        Assert.That(result.Stderr, Does.Contain("is a symbolic link, and ReadyScan never writes through one"));
        File.Delete(outside);
    }

    private static TempTree CopyOfSampleApp()
    {
        var tree = new TempTree();
        var app = Path.Combine(RepoPaths.Root, Reports.SampleTarget);
        foreach (var file in Directory.EnumerateFiles(app, "*", SearchOption.AllDirectories))
        {
            tree.WriteBytes(Path.GetRelativePath(app, file), File.ReadAllBytes(file));
        }

        return tree;
    }
}
