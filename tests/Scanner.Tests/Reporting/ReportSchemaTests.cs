using NJsonSchema;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

/// <summary>Every JSON report, of any directory, validates against the schema the repository ships.</summary>
public sealed class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "docs", "report.schema.json")).GetAwaiter().GetResult());

    [TestCase("fixtures/apps/express-api")]
    [TestCase("fixtures")]
    [TestCase("src")]
    public void Scan_Directory_JsonValidatesAgainstSchema(string target)
    {
        var result = Support.Cli.Run("scan", target, "--format", "json", "--fail-on", "never");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(Schema.Value.Validate(result.Stdout).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
    }

    [Test]
    public void Scan_EmptyDirectory_JsonValidatesAgainstSchema()
    {
        using var tree = new TempTree();

        var result = Support.Cli.Run("scan", tree.Root, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(Schema.Value.Validate(result.Stdout).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
    }

    [Test]
    public void Validate_ReportMissingAField_IsRejected()
    {
        var result = Support.Cli.Run("scan", "fixtures/apps/express-api", "--format", "json", "--fail-on", "never");
        var broken = result.Stdout.Replace("\"verdict\":", "\"verdikt\":", StringComparison.Ordinal);

        Assert.That(Schema.Value.Validate(broken), Is.Not.Empty, "the schema must catch a renamed contract field");
    }
}
