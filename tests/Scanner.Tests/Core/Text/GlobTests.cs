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
    [TestCase("docker-compose*.{yml,yaml}", "deploy/docker-compose.prod.yaml", true)]
    [TestCase("docker-compose*.{yml,yaml}", "docker-compose.yml.bak", false)]
    [TestCase("**/Dockerfile*", "a/b/Dockerfile.dev", true)]
    [TestCase("*.min.*", "x.js", false)]
    [TestCase("*.min.*", "vendor/x.min.js", true)]
    [TestCase("a*b*c", "abc", true)]
    [TestCase("a*b*c", "ac", false)]
    [TestCase("a*a", "a", false)]
    [TestCase("**", "any/where.txt", true)]
    [TestCase("{app,src/app}/**/{page,layout,route,loading,error,template,not-found,default}.{js,jsx,ts,tsx,mjs}", "src/app/api/auth/[...nextauth]/route.ts", true)]
    [TestCase("{app,src/app}/**/{page,route}.{js,ts}", "lib/app/page.ts", false)]
    [TestCase("{,src/}{server,index}.{js,ts}", "src/server.ts", true)]
    [TestCase("{,src/}{server,index}.{js,ts}", "lib/server.ts", false)]
    [TestCase("foo**bar", "x/foo/y/bar", true)]
    public void IsMatch_Pattern_MatchesLikeGitignore(string pattern, string path, bool expected)
    {
        Assert.That(new Glob(pattern).IsMatch(path), Is.EqualTo(expected));
    }

    [Test]
    public void IsMatch_ManyBraceAlternativesOneNeedingTheFullMatcher_MatchesEachAlternative()
    {
        var glob = new Glob("{" + string.Join(',', Enumerable.Range(0, 100).Select(i => $"a{i}")) + ",b?}.txt");

        Assert.That(glob.IsMatch("docs/a57.txt"), Is.True);
        Assert.That(glob.IsMatch("bx.txt"), Is.True, "the alternative with ? still matches");
        Assert.That(glob.IsMatch("a100.txt"), Is.False);
        Assert.That(glob.IsMatch("{a0.txt"), Is.False, "braces are alternatives, not text");
    }

    [Test]
    [CancelAfter(10_000)]
    public void IsMatch_PatternBuiltToBacktrack_AnswersWithoutBlowingUp()
    {
        var glob = new Glob("x/" + string.Concat(Enumerable.Repeat("*a", 30)) + "*b");
        var path = "x/" + new string('a', 5000);

        Assert.That(glob.IsMatch(path), Is.False);
    }

    /// <summary>The string fast path for file-name globs must agree with the regex meaning on every card's globs.</summary>
    [Test]
    public void IsMatch_EveryCardGlobOnEveryFixturePath_AgreesWithTheRegexMeaning()
    {
        var globs = Scanner.Core.Rules.CardLoader.LoadEmbedded(Scanner.Probes.DefaultProbes.Assembly)
            .SelectMany(c => c.Files.Include.Concat(c.Files.Exclude)).Select(g => g.Pattern)
            .Concat(["{app,src/app}/**/{page,route}.{js,ts}", "{,src/}{server,index,main,app}.{js,ts,mjs,cjs}", "a?c/*.[jt]s", "[!.]*.yml", "x/{a,b}/**/*.md", "src/**/test/*.js", "**/node_modules/**", "a/*/c", "*.{js,ts}", "[Dd]ocker*", "**/*.min.*", "**/a/**/b/*.txt", "/*.md", "x/**"])
            .Distinct().ToList();
        var paths = Directory.EnumerateFiles(Support.RepoPaths.Fixtures, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Support.RepoPaths.Fixtures, f).Replace('\\', '/'))
            .SelectMany(p => new[] { p, string.Join('/', p.Split('/').Skip(2)) })
            .Concat(["src/a/test/b.js", "src/test/b.js", "a/b/c", "a/c", "x/a/y/b/z.txt", "a/b/z.txt", "README.md", "docs/README.md", "x/y"])
            .Where(p => p.Length > 0).Distinct().ToList();
        Assert.That(globs, Has.Count.GreaterThan(50));

        var disagreements = new List<string>();
        foreach (var pattern in globs)
        {
            var glob = new Glob(pattern);
            var regex = Reference(pattern);
            disagreements.AddRange(paths.Where(p => glob.IsMatch(p) != regex.IsMatch(p)).Take(3).Select(p => $"{pattern} on {p}"));
        }

        Assert.That(disagreements, Is.Empty);
    }

    private static System.Text.RegularExpressions.Regex Reference(string pattern)
    {
        var trimmed = pattern.TrimStart('/');
        var anchored = pattern.Contains('/', StringComparison.Ordinal) && !trimmed.StartsWith("**/", StringComparison.Ordinal);
        var body = trimmed.StartsWith("**/", StringComparison.Ordinal) ? trimmed[3..] : trimmed;
        return new((anchored ? "^" : "^(?:.*/)?") + Glob.ToRegexBody(body) + "$");
    }
}
