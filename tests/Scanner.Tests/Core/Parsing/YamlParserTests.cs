using System.Diagnostics;
using System.Text;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Workspaces;

namespace Scanner.Tests.Core.Parsing;

public sealed class YamlParserTests
{
    [Test]
    public void Parse_NestedMapping_GivesExactOneBasedLines()
    {
        var file = YamlParser.Parse("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"80:80\"\n");

        var web = file.Documents.Single()["services"]!.Entry("web")!;
        Assert.That(web.Line, Is.EqualTo(2));
        Assert.That(web.Value["image"]!.Text, Is.EqualTo("nginx:1.27"));
        Assert.That(web.Value["image"]!.Line, Is.EqualTo(3));
        var port = web.Value["ports"]!.Items.Single();
        Assert.That((port.Text, port.Line, port.Column, port.IsPlain), Is.EqualTo(("80:80", 5, 9, false)));
    }

    [Test]
    public void Parse_MultiDocumentStream_ReturnsEveryDocument()
    {
        var file = YamlParser.Parse("kind: Deployment\n---\nkind: Service\n---\n# only a comment\n");

        Assert.That(file.IsValid, Is.True);
        Assert.That(file.Documents.Select(d => (d["kind"]!.Text, d.Line)), Is.EqualTo(new[] { ("Deployment", 1), ("Service", 3) }));
    }

    [Test]
    public void Parse_AnchorsAndMergeKeys_ResolveWithExplicitKeysWinning()
    {
        var file = YamlParser.Parse("""
            x-base: &base
              restart: always
              user: "1000"
            services:
              api:
                <<: *base
                user: root
              worker: *base
            """);

        var services = file.Documents.Single()["services"]!;
        Assert.That(services.At("api", "restart")!.Text, Is.EqualTo("always"));
        Assert.That(services.At("api", "restart")!.Line, Is.EqualTo(2), "a merged value points at the anchor's line");
        Assert.That(services.At("api", "user")!.Text, Is.EqualTo("root"));
        Assert.That(services.At("api")!.Entries.Count(e => e.Name == "user"), Is.EqualTo(1));
        Assert.That(services.At("worker", "user")!.Text, Is.EqualTo("1000"));
    }

    [Test]
    [NonParallelizable] // GC.GetTotalMemory counts every thread's allocations: it runs alone.
    public void Parse_BillionLaughs_IsRefusedQuicklyWithALine()
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i <= 9; i++)
        {
            var refs = string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9));
            yaml.Append($"a{i}: &a{i} [{refs}]\n");
        }

        var watch = Stopwatch.StartNew();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var file = YamlParser.Parse(yaml.ToString());
        var grown = GC.GetTotalMemory(forceFullCollection: false) - before;

        Assert.That(file.IsValid, Is.False);
        Assert.That(file.Error, Does.Contain("alias"));
        Assert.That(file.ErrorLine, Is.InRange(2, 10));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(grown, Is.LessThan(50_000_000));
    }

    [Test]
    public void Parse_DeepNesting_IsRefusedWithoutOverflowingTheStack()
    {
        var yaml = new string('[', 100_000) + new string(']', 100_000);

        var file = YamlParser.Parse(yaml);

        Assert.That(file.IsValid, Is.False);
        Assert.That(file.Error, Does.Contain("nesting"));
    }

    [TestCase("a: [1\nb: 2\n")]
    [TestCase("a: 1\na: 2\n")]
    [TestCase("key: \"unterminated\n")]
    [TestCase("- a\nb: c\n")]
    [TestCase("*undefined\n")]
    public void Parse_Malformed_ReturnsAnErrorInsteadOfThrowing(string yaml)
    {
        var file = YamlParser.Parse(yaml);

        Assert.That(file.IsValid, Is.False);
        Assert.That(file.Error, Is.Not.Empty);
        Assert.That(file.Documents, Is.Empty);
    }

    [Test]
    public void Parse_NullsAndBooleans_ReadAsYamlMeansThem()
    {
        var root = YamlParser.Parse("a:\nb: ~\nc: 'null'\nd: yes\ne: \"true\"\n").Documents.Single();

        Assert.That(root["a"]!.IsNull, Is.True);
        Assert.That(root["b"]!.IsNull, Is.True);
        Assert.That(root["c"]!.IsNull, Is.False, "a quoted 'null' is a string");
        Assert.That(root["d"]!.IsTrue, Is.True);
        Assert.That(root["e"]!.Text, Is.EqualTo("true"));
    }

    [Test]
    public void Get_SameDocumentTwice_ParsesOnce()
    {
        var doc = new SourceDocument("compose.yaml", "services: {}\n");

        Assert.That(YamlDocuments.Get(doc), Is.SameAs(YamlDocuments.Get(doc)));
    }
}
