using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Text;

/// <summary>
/// The verdict on "queries go through the ORM" once the SQL written as text in production code is collected: every
/// place fails (the first few as evidence, all counted), an app with only a driver fails at its import, and an ORM
/// with no SQL text beside it passes at the ORM's import, saying how many modules were read.
/// </summary>
public static class RawSql
{
    private const int Shown = 5;

    public sealed record Layer(SourceDocument Doc, int Offset, string Name);

    public static List<Finding> Judge(ProbeContext context, IReadOnlyList<(SourceDocument Doc, int Offset)> sites, Layer? orm, Layer? driver, int modules)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sites);
        var distinct = sites.Select(s => (s.Doc, s.Offset, Line: s.Doc.Text.LineOf(s.Offset))).DistinctBy(s => (s.Doc.Path, s.Line))
            .OrderBy(s => s.Doc.Path, StringComparer.Ordinal).ThenBy(s => s.Line).ToList();
        if (distinct.Count > 0)
        {
            var beside = orm is null ? $"no ORM: {driver?.Name ?? "the driver"} runs the SQL text it is given" : $"beside {orm.Name}";
            return [.. distinct.Take(Shown).Select((s, i) => context.Fail(s.Doc, s.Offset,
                $"raw SQL in production code ({beside}): {i + 1} of {distinct.Count} places in {distinct.Select(d => d.Doc.Path).Distinct().Count()} module(s)"))];
        }

        if (orm is null)
        {
            return driver is null ? [] : [context.Fail(driver.Doc, driver.Offset, $"no ORM: queries go through {driver.Name} directly (no SQL text was found in code, so it may come from files)")];
        }

        return [context.Pass(orm.Doc, orm.Offset, $"queries go through {orm.Name}: no SQL text, text() or raw-query call in {modules} production module(s)")];
    }
}
