using Scanner.Cli;
using Scanner.Cli.Fleet;

namespace Scanner.Tests.Cli.Fleet;

public sealed class FleetShardTests
{
    [TestCase(1)]
    [TestCase(4)]
    [TestCase(7)]
    public void Owns_AnyName_IsOwnedByExactlyOneShard(int count)
    {
        var names = Enumerable.Range(0, 500).Select(i => $"org/service-{i}").ToList();

        var owners = names.Select(n => Enumerable.Range(1, count).Count(k => new FleetShard(k, count).Owns(n)));

        Assert.That(owners, Is.All.EqualTo(1));
    }

    [Test]
    public void Owns_FourShardsOfFiveHundred_EachGetsSome()
    {
        var names = Enumerable.Range(0, 500).Select(i => $"org/service-{i}").ToList();

        var sizes = Enumerable.Range(1, 4).Select(k => names.Count(new FleetShard(k, 4).Owns));

        Assert.That(sizes, Is.All.InRange(90, 160));
    }

    [TestCase("0/4")]
    [TestCase("5/4")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("-1/4")]
    [TestCase("1/0")]
    public void Parse_BadShard_IsAUsageErrorSayingTheForm(string text)
    {
        var error = Assert.Throws<UsageException>(() => FleetShard.Parse(text))!;

        Assert.That(error.Message, Is.EqualTo($"--shard {text}: expected K/N with 1 <= K <= N <= 10000, e.g. 2/4"));
    }

    [Test]
    public void FileName_SameLeafInTwoPlaces_DifferentSafeNames()
    {
        var a = FleetScanner.FileName("team-a/api");
        var b = FleetScanner.FileName("team-b/api/");

        Assert.That(a, Does.Match("^api-[0-9a-f]{12}\\.json$"));
        Assert.That(b, Does.Match("^api-[0-9a-f]{12}\\.json$").And.Not.EqualTo(a));
        Assert.That(FleetScanner.FileName("../x y/.hidden"), Does.Match("^hidden-[0-9a-f]{12}\\.json$"));
    }
}
