using System.Text.RegularExpressions;
using Scanner.Checklist.Controls;
using Scanner.Tests.Support;

namespace Scanner.Tests.Checklist.Controls;

/// <summary>
/// The README's "Controls not judged yet" section lists every control no probe can confirm or refute, and every
/// control judged in one direction only with the reason; both lists are held to the embedded catalog so a new probe
/// or control cannot leave them stale.
/// </summary>
public sealed partial class UnjudgedControlsReadmeTests
{
    private static readonly ControlCatalog Catalog = ControlCatalog.LoadDefault();

    [Test]
    public void Readme_ControlsWithoutProbes_AreListedAsNotJudged()
    {
        var section = Section();
        var start = section.IndexOf("**No probe at all", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README section lacks the **No probe at all** list");
        var end = section.IndexOf("\n\n", start, StringComparison.Ordinal);
        var listed = Ids().Matches(section[start..end]).Select(m => m.Groups["id"].Value).ToList();

        var unprobed = Catalog.Controls.Where(c => c.ConfirmedBy.Count == 0 && c.RefutedBy.Count == 0).Select(c => c.Id);

        Assert.That(listed, Is.EquivalentTo(unprobed));
        Assert.That(section[start..end], Does.Contain($"({listed.Count})"));
    }

    [Test]
    public void Readme_ControlsJudgedOneWay_AreListedWithTheirDirectionAndReason()
    {
        var rows = Rows().Matches(Section()).ToDictionary(m => m.Groups["id"].Value, m => (Direction: m.Groups["dir"].Value, Reason: m.Groups["why"].Value.Trim()));

        var oneWay = Catalog.Controls.Where(c => (c.ConfirmedBy.Count == 0) != (c.RefutedBy.Count == 0))
            .ToDictionary(c => c.Id, c => c.ConfirmedBy.Count > 0 ? "confirmed only" : "refuted only");

        Assert.That(rows.Keys, Is.EquivalentTo(oneWay.Keys));
        Assert.Multiple(() =>
        {
            foreach (var (id, direction) in oneWay)
            {
                Assert.That(rows[id].Direction, Is.EqualTo(direction), id);
                Assert.That(rows[id].Reason, Has.Length.GreaterThan(20), $"{id}: the reason is missing");
            }
        });
    }

    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("### Controls not judged yet", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README has no '### Controls not judged yet' section");
        var next = readme.IndexOf("\n#", start + 4, StringComparison.Ordinal);
        return readme[start..(next < 0 ? readme.Length : next)];
    }

    [GeneratedRegex(@"`(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)`", RegexOptions.CultureInvariant)]
    private static partial Regex Ids();

    [GeneratedRegex(@"^\| `(?<id>[a-z0-9-]+)` \| (?<dir>confirmed only|refuted only) \| (?<why>[^|\n]+) \|$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Rows();
}
