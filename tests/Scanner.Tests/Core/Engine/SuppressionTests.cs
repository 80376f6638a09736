using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Tests.Support;

namespace Scanner.Tests.Core.Engine;

/// <summary>Inline markers (with dates), peers' markers, .readyscanignore and baselines, through the real engine.</summary>
public sealed class SuppressionTests
{
    private const string Probe = "secrets-none-hardcoded";
    private const string Key = "sk_live_ReadyScanFakeSuppressNotReal91";
    private static readonly DateOnly Today = new(2025, 6, 15);

    [TestCase("2025-06-15", true)]
    [TestCase("2025-12-31", true)]
    [TestCase("2025-06-14", false)]
    public void Run_SuppressionWithUntil_WorksUntilThatDay(string until, bool suppressed)
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", $"// readyscan:ignore {Probe} until {until} -- rotating in sprint 12\nconst key = '{Key}';\n");

        var fail = Fails(tree).Single();

        Assert.That(fail.IsSuppressed, Is.EqualTo(suppressed));
        Assert.That(fail.Message, suppressed ? Does.Not.Contain("expired") : Does.EndWith($"(the suppression at line 1 expired on {until})"));
        if (suppressed)
        {
            Assert.That(fail.Suppression!.Justification, Is.EqualTo($"rotating in sprint 12 (until {until})"));
        }
    }

    [Test]
    public void Run_SuppressionWithInvalidDate_DoesNotApplyAndSaysWhy()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", $"const key = '{Key}'; // readyscan:ignore {Probe} until 2025-13-40 -- later\n");

        var fail = Fails(tree).Single();

        Assert.That(fail.IsSuppressed, Is.False);
        Assert.That(fail.Message, Does.Contain("invalid date 2025-13-40"));
    }

    [TestCase("const key = '{0}'; // gitleaks:allow", "gitleaks:allow")]
    [TestCase("KEY = '{0}'  # pragma: allowlist secret", "pragma: allowlist secret")]
    [TestCase("# pragma: allowlist nextline secret\nKEY = '{0}'", "pragma: allowlist nextline secret")]
    [TestCase("KEY = '{0}'  # nosec", "nosec")]
    public void Run_PeerMarker_SuppressesSecretFindings(string line, string kind)
    {
        using var tree = new TempTree();
        tree.Write("app/pay.py", string.Format(System.Globalization.CultureInfo.InvariantCulture, line, Key) + "\n");

        var fail = Fails(tree).Single();

        Assert.That(fail.Suppression?.Kind, Is.EqualTo(kind));
    }

    [Test]
    public void Run_PeerMarkerOnAnotherProbesFinding_DoesNotSuppress()
    {
        using var tree = new TempTree();
        tree.Write("src/app.js", "console.log('x'); // gitleaks:allow\n");

        var result = Scans.Run(tree.Root, new WorkspaceOptions(), new ScanOptions { Only = new HashSet<string> { "js-no-console-log" }, Today = Today });

        Assert.That(Scans.Probe(result, "js-no-console-log").Outcome, Is.EqualTo(Outcome.Fail));
    }

    [Test]
    public void Run_ReadyScanIgnoreFile_SuppressesByGlobAndByFingerprint()
    {
        using var tree = new TempTree();
        tree.Write("scripts/seed.js", $"const key = '{Key}';\n");
        tree.Write("src/pay.js", $"const key = '{Key}';\n");
        var fingerprint = Fails(tree).Single(f => f.Location!.Path == "src/pay.js").Fingerprint;
        tree.Write(".readyscanignore", $"# accepted findings\nscripts/** # seed data for local runs\n{fingerprint}\n");

        var fails = Fails(tree);

        Assert.That(fails.Select(f => (f.Location!.Path, f.Suppression?.Justification)), Is.EqualTo(new[]
        {
            ("scripts/seed.js", (string?)".readyscanignore path scripts/**: seed data for local runs"),
            ("src/pay.js", "listed in .readyscanignore (fingerprint)"),
        }));
    }

    [Test]
    public void Run_Baseline_SuppressesKnownFailuresAndSurvivesLineShifts()
    {
        using var tree = new TempTree();
        tree.Write("src/pay.js", $"const key = '{Key}';\n");
        var baseline = Fails(tree).Select(f => f.Fingerprint).ToHashSet();
        tree.Write("src/pay.js", $"// billing\n\nconst key = '{Key}';\nconst other = 'ghp_ReadyScanFakeBaselineNewNotReal9Q8w7';\n");

        var result = Scans.Run(tree.Root, new WorkspaceOptions(), new ScanOptions { Only = new HashSet<string> { Probe }, Today = Today, Baseline = baseline });
        var fails = Scans.Probe(result, Probe).Findings.Where(f => f.Outcome == Outcome.Fail).ToList();

        Assert.That(fails.Select(f => (f.Location!.Line, f.Suppression?.Kind)), Is.EqualTo(new[] { (3, (string?)"baseline"), (4, null) }));
        Assert.That(Scans.Probe(result, Probe).Outcome, Is.EqualTo(Outcome.Fail), "the new token is not in the baseline");
    }

    private static List<Finding> Fails(TempTree tree)
    {
        var result = Scans.Run(tree.Root, new WorkspaceOptions(), new ScanOptions { Only = new HashSet<string> { Probe }, Today = Today });
        return [.. Scans.Probe(result, Probe).Findings.Where(f => f.Outcome == Outcome.Fail)];
    }
}
