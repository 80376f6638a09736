using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Schema validation calls in a file: <c>Schema.parse(req.body)</c>, <c>schema.validate(...)</c>,
/// <c>body('email').isEmail()</c>, <c>validate(orderSchema)</c> from a local module built on zod, or Nest's
/// <c>new ValidationPipe()</c>, through names bound to a validation library (directly or via a local module).
/// </summary>
public static partial class ValidationCalls
{
    public static readonly IReadOnlySet<string> Libraries = new HashSet<string>(StringComparer.Ordinal)
    {
        "zod", "joi", "@hapi/joi", "yup", "express-validator", "class-validator", "valibot", "superstruct", "ajv",
        "@sinclair/typebox", "celebrate", "@vinejs/vine", "arktype", "zod-form-data", "@conform-to/zod",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
    {
        "parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateAsync", "validateSync", "isValid",
        "assert", "cast", "check", "compile",
    };

    /// <summary>The first validation call in the file, or null.</summary>
    public static JsEvidence? First(ModuleGraph graph, SourceDocument doc)
    {
        var names = JsPackages.NamesIn(graph, doc.Path, Libraries);
        if (names.Count == 0 && !doc.Content.Contains("ValidationPipe", StringComparison.Ordinal))
        {
            return null;
        }

        names = JsDerivedNames.Expand(doc, names);
        foreach (var m in JsCode.Matches(doc, Call(), "("))
        {
            var name = m.Groups["name"].Value;
            if (!JsCode.IsCall(doc, m.Groups["name"].Index, m.Index + m.Length - 1))
            {
                continue;
            }

            var member = m.Groups["member"].Success ? m.Groups["member"].Value : null;
            if ((name == "ValidationPipe" && m.Groups["new"].Success) || (names.Contains(name) && (member is null || Members.Contains(member))))
            {
                return new JsEvidence(doc, m.Index, $"input validated ({m.Value.TrimEnd('(').Trim()})");
            }
        }

        return null;
    }

    /// <summary>Where a handler reads the request body: <c>req.body</c>, <c>ctx.request.body</c>, <c>await request.json()</c>, <c>formData()</c>.</summary>
    public static List<Match> BodyReads(SourceDocument doc) => JsCode.Matches(doc, BodyRead(), "req");

    [GeneratedRegex(@"(?<new>\bnew\s+)?\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*(?<member>[A-Za-z_$][\w$]*)\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());

    [GeneratedRegex(@"\b(?:req|request|ctx\s*\.\s*request)\s*\.\s*(?:body\b|(?:json|formData)\s*\(\s*\))", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex BodyReadCompiled();
    private static Regex BodyRead() => LinearRegex.Pick(BodyReadCompiled());
}
