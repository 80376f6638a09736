using System.Globalization;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Request body parsers in wired-in code keep a bounded limit: express.json / urlencoded / body-parser (100kb by
/// default), Fastify <c>bodyLimit</c>, multer <c>limits.fileSize</c>, Next.js <c>sizeLimit</c> /
/// <c>bodySizeLimit</c>. A limit above 10 MB, <c>Infinity</c>, or multer without limits fails.
/// </summary>
public sealed partial class JsBodySizeLimited : IProbe
{
    private const long MaxBytes = 10L * 1024 * 1024;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)))
        {
            foreach (var m in JsCode.Matches(doc, Parser(), "("))
            {
                var options = JsCode.ArgumentText(doc, m.Index + m.Length - 1);
                var kind = m.Groups["kind"].Value;
                findings.Add(kind == "multer"
                    ? Multer(context, doc, m.Index, options)
                    : Judge(context, doc, m.Index, $"{kind}()", JsProperty.Value(options, "limit"), "Express' default of 100kb"));
            }

            foreach (var m in JsCode.Matches(doc, LimitOption(), "imit"))
            {
                findings.Add(Judge(context, doc, m.Index, m.Groups["key"].Value, JsProperty.Value(doc.Content[m.Index..JsDerivedNames.StatementEnd(doc, m.Index)], m.Groups["key"].Value), null));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no request body parser or body limit in wired-in code")];
    }

    private static Finding Multer(ProbeContext context, SourceDocument doc, int offset, string options)
    {
        var size = JsProperty.Value(options, "limits") is { } limits ? JsProperty.Value(limits, "fileSize") : null;
        return size is null
            ? context.Fail(doc, offset, "multer without limits.fileSize accepts uploads of any size")
            : Judge(context, doc, offset, "multer limits.fileSize", size, null);
    }

    private static Finding Judge(ProbeContext context, SourceDocument doc, int offset, string what, string? limit, string? byDefault)
    {
        if (limit is null)
        {
            return byDefault is null
                ? context.Pass(doc, offset, $"{what} set")
                : context.Pass(doc, offset, $"{what} keeps {byDefault}");
        }

        var bytes = Bytes(limit);
        if (bytes is { } size && double.IsFinite(size))
        {
            // The stated size, for lines that claim one ("10MB upload limit"); uploads are told apart by their parser.
            var subject = what.StartsWith("multer", StringComparison.Ordinal) ? "upload-limit" : "body-limit";
            context.Emit(Fact.Measured(subject, new SourceLocation(doc.Path, doc.Text.LineOf(offset)), "bytes", size) with { Mechanism = what });
        }

        return bytes is null
            ? context.Pass(doc, offset, $"{what} limit set to {limit}")
            : bytes > MaxBytes
                ? context.Fail(doc, offset, $"{what} allows bodies of {limit}: one request can exhaust memory")
                : context.Pass(doc, offset, $"{what} limit {limit}");
    }

    /// <summary>Bytes for 1048576, '100kb', "50mb", 5 * 1024 * 1024 or Infinity; null when it is not a literal size.</summary>
    public static double? Bytes(string limit)
    {
        var t = limit.Trim().Trim('\'', '"', '`').Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (t is "infinity" or "number.max_safe_integer")
        {
            return double.PositiveInfinity;
        }

        if (t.Contains('*', StringComparison.Ordinal))
        {
            return LimiterValues.Number(t);
        }

        var m = Size().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value switch { "kb" => 1024d, "mb" => 1024d * 1024, "gb" => 1024d * 1024 * 1024, _ => 1d };
        return double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * unit;
    }

    [GeneratedRegex(@"\b(?<kind>(?:express|bodyParser)\s*\.\s*(?:json|urlencoded|raw|text)|multer)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ParserCompiled();
    private static Regex Parser() => LinearRegex.Pick(ParserCompiled());

    [GeneratedRegex(@"\b(?<key>bodyLimit|sizeLimit|bodySizeLimit)\s*:", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LimitOptionCompiled();
    private static Regex LimitOption() => LinearRegex.Pick(LimitOptionCompiled());

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)\s*(?<unit>b|kb|mb|gb)?$", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SizeCompiled();
    private static Regex Size() => LinearRegex.Pick(SizeCompiled());
}
