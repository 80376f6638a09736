using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// In each Prisma schema, every relation's foreign-key fields (<c>@relation(fields: [userId], ...)</c>) lead an
/// index: <c>@@index</c>, <c>@@unique</c>, <c>@@id</c> or a field-level <c>@unique</c>/<c>@id</c>.
/// </summary>
public sealed partial class JsPrismaForeignKeysIndexed : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        foreach (var doc in context.Documents())
        {
            if (!doc.Content.Contains("model", StringComparison.Ordinal))
            {
                continue;
            }

            var provider = Provider().Match(doc.Content) is { Success: true } p ? p.Groups["p"].Value : "";
            foreach (Match model in Model().Matches(doc.Content))
            {
                findings.AddRange(Judge(context, doc, model, provider));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no Prisma schema with relations")];
    }

    private static IEnumerable<Finding> Judge(ProbeContext context, SourceDocument doc, Match model, string provider)
    {
        var body = model.Groups["body"];
        var leading = new List<string[]>();
        foreach (Match index in BlockIndex().Matches(body.Value))
        {
            leading.Add(Fields(index.Groups["fields"].Value));
        }

        foreach (Match field in UniqueField().Matches(body.Value))
        {
            leading.Add([field.Groups["name"].Value]);
        }

        foreach (Match relation in Relation().Matches(body.Value))
        {
            var keys = Fields(relation.Groups["fields"].Value);
            var at = body.Index + relation.Index;
            var name = model.Groups["name"].Value;
            var covered = leading.Any(index => index.Length >= keys.Length && index.Take(keys.Length).SequenceEqual(keys, StringComparer.Ordinal));
            yield return covered
                ? context.Pass(doc, at, $"{name}.{string.Join(", ", keys)} (a foreign key) leads an index")
                : context.Fail(doc, at, $"{name}.{string.Join(", ", keys)} is a foreign key with no index{(provider == "mysql" ? " declared (MySQL's InnoDB adds one, relationMode \"prisma\" does not)" : "")}: joins and cascades on it scan the whole table");
        }
    }

    private static string[] Fields(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.Split('(')[0].Trim())];

    [GeneratedRegex(@"(?m)^\s*model\s+(?<name>\w+)\s*\{(?<body>[^}]*)\}", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ModelCompiled();
    private static Regex Model() => LinearRegex.Pick(ModelCompiled());

    [GeneratedRegex(@"provider\s*=\s*""(?<p>postgresql|mysql|sqlite|sqlserver|cockroachdb|mongodb)""", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProviderCompiled();
    private static Regex Provider() => LinearRegex.Pick(ProviderCompiled());

    [GeneratedRegex(@"@relation\([^)\n]*\bfields\s*:\s*\[(?<fields>[^\]\n]*)\]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RelationCompiled();
    private static Regex Relation() => LinearRegex.Pick(RelationCompiled());

    [GeneratedRegex(@"@@(?:index|unique|id)\(\s*(?:fields\s*:\s*)?\[(?<fields>[^\]\n]*)\]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex BlockIndexCompiled();
    private static Regex BlockIndex() => LinearRegex.Pick(BlockIndexCompiled());

    [GeneratedRegex(@"(?m)^\s*(?<name>\w+)\s+\w+[?\[\]]*[^\n]*@(?:unique|id)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex UniqueFieldCompiled();
    private static Regex UniqueField() => LinearRegex.Pick(UniqueFieldCompiled());
}
