using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

public sealed class ChecklistParserTableTests
{
    private const string StatusTable = """
        # Release status

        | Feature | Status | Implementation |
        |---------|--------|----------------|
        | Password hashing | ✅ | `src/auth.js` |
        | Rate limiting | ❌ Missing | nothing yet |
        | Audit trail | ⏳ In progress | |
        """;

    [Test]
    public void Parse_StatusTable_EachRowWithAMarkerCellIsAnItem()
    {
        var items = ChecklistParser.Parse("STATUS.md", StatusTable).Items;

        Assert.That(items.Select(i => (i.Line, i.Text, i.Claim)), Is.EqualTo(new[]
        {
            (5, "Password hashing — src/auth.js", Claim.Done),
            (6, "Rate limiting — nothing yet", Claim.NotDone),
            (7, "Audit trail", Claim.Partial),
        }));
    }

    [Test]
    public void Parse_TableWithoutStatusCells_HasNoItems()
    {
        const string plain = """
            | Service | Port |
            |---------|------|
            | api     | 8080 |
            """;

        Assert.That(ChecklistParser.Parse("PORTS.md", plain).Items, Is.Empty);
    }

    [Test]
    public void Parse_StatusTableRow_KeepsItsCodeSpans() =>
        Assert.That(ChecklistParser.Parse("STATUS.md", StatusTable).Items[0].CodeSpans, Is.EqualTo(new[] { "src/auth.js" }));
}
