using Scanner.Core.Rules;
using Scanner.Tests.Support;

namespace Scanner.Tests.Hostile;

/// <summary>A user's card with a field of the wrong shape is refused with the card, the field and what it expects.</summary>
public sealed class HostileRuleCardTests
{
    [TestCase("cwe: CWE-532", "field 'cwe' must be a list")]
    [TestCase("files: \"*.js\"", "field 'files' must be a list")]
    [TestCase("forbid: console", "field 'forbid' must be a mapping")]
    [TestCase("disabled: maybe", "field 'disabled' must be true or false")]
    [TestCase("references: {a: b}", "field 'references' must be a list")]
    [TestCase("confidence: [low, high]", "field 'confidence' must be a single value (text)")]
    [TestCase("severity: {level: high}", "field 'severity' must be a single value")]
    public void LoadDirectory_FieldOfTheWrongShape_NamesCardFieldAndExpectation(string field, string expected)
    {
        using var tree = new TempTree();
        tree.Write("rules/js/wrong-shape.yaml", $"id: wrong-shape\ntitle: t\ndescription: d\nremediation: r\ncode: X\n{field}\n");

        var error = Assert.Throws<CardLoadException>(() => CardLoader.LoadDirectory(Path.Combine(tree.Root, "rules")))!;

        Assert.That(error.Errors.Single(), Does.StartWith($"rules/js/wrong-shape.yaml:6: {expected}"));
        Assert.That(error.Errors.Single(), Does.Not.Contain("System."));
    }
}
