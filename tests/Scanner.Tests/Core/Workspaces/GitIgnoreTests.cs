using Scanner.Core.Workspaces;

namespace Scanner.Tests.Core.Workspaces;

public sealed class GitIgnoreTests
{
    [TestCase("*.log", "logs/app.log", false, true)]
    [TestCase("/build", "build", true, true)]
    [TestCase("/build", "src/build", true, false)]
    [TestCase("secrets/", "secrets", true, true)]
    [TestCase("secrets/", "secrets", false, false)]
    [TestCase("docs/*.md", "docs/a.md", false, true)]
    [TestCase("docs/*.md", "docs/sub/a.md", false, false)]
    [TestCase("**/tmp", "a/b/tmp", true, true)]
    [TestCase("a/**/z", "a/b/c/z", false, true)]
    [TestCase("\\#hash", "#hash", false, true)]
    [TestCase("# comment", "# comment", false, false)]
    [TestCase("file?.txt", "a/file1.txt", false, true)]
    [TestCase("file?.txt", "file/.txt", false, false)]
    [TestCase("*.[oa]", "lib.a", false, true)]
    [TestCase("*.[!oa]", "lib.a", false, false)]
    [TestCase("log[0-9]", "log7", false, true)]
    [TestCase("*.{js,ts}", "src/a.ts", false, true)]
    [TestCase("*.{js,ts}", "src/a.py", false, false)]
    [TestCase("build/**", "build/a/b.js", false, true)]
    [TestCase("a/**/z", "a/z", false, true)]
    [TestCase("*a*a*a*a*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/b", false, false)]
    public void IsIgnored_SingleRule_FollowsGitSemantics(string rule, string path, bool isDirectory, bool expected)
    {
        var ignore = GitIgnore.Empty.With("", rule);

        Assert.That(ignore.IsIgnored(path, isDirectory), Is.EqualTo(expected));
    }

    [Test]
    public void IsIgnored_NegationAfterPattern_ReincludesFile()
    {
        var ignore = GitIgnore.Empty.With("", ".env*\n!.env.example\n");

        Assert.That(ignore.IsIgnored(".env", false), Is.True);
        Assert.That(ignore.IsIgnored(".env.production", false), Is.True);
        Assert.That(ignore.IsIgnored(".env.example", false), Is.False);
    }

    [Test]
    public void IsIgnored_NestedFile_AppliesOnlyBelowItsFolder()
    {
        var ignore = GitIgnore.Empty.With("", "*.tmp\n").With("web", "/generated\n!keep.tmp\n");

        Assert.That(ignore.IsIgnored("web/generated", true), Is.True);
        Assert.That(ignore.IsIgnored("generated", true), Is.False);
        Assert.That(ignore.IsIgnored("web/keep.tmp", false), Is.False);
        Assert.That(ignore.IsIgnored("keep.tmp", false), Is.True);
    }
}
