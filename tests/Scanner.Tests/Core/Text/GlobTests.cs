using Scanner.Core.Text;

namespace Scanner.Tests.Core.Text;

public sealed class GlobTests
{
    [TestCase("*.js", "src/app.js", true)]
    [TestCase("*.js", "app.json", false)]
    [TestCase("*.{test,spec}.*", "src/a.spec.ts", true)]
    [TestCase("**/{test,tests}/**", "pkg/tests/unit/a.js", true)]
    [TestCase("**/{test,tests}/**", "pkg/testing/a.js", false)]
    [TestCase("src/*.js", "src/a.js", true)]
    [TestCase("src/*.js", "lib/src/a.js", false)]
    [TestCase("[Dd]ockerfile", "deploy/Dockerfile", true)]
    [TestCase("[Dd]ockerfile.*", "Dockerfile.prod", true)]
    [TestCase("docs/**", "docs/a/b.md", true)]
    public void IsMatch_Pattern_MatchesLikeGitignore(string pattern, string path, bool expected)
    {
        Assert.That(new Glob(pattern).IsMatch(path), Is.EqualTo(expected));
    }
}
