using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Every wired-in handler that reads a request body validates it with a schema library (zod, joi, yup,
/// express-validator, class-validator ...): in the handler's file, in a file that imports it (validation
/// middleware on the route) or in a local module it calls. Unvalidated body reads fail where they happen; a
/// handler that also checks the body by hand (it answers 400 or 422 itself) adds an inconclusive finding: checks
/// exist, their sufficiency is for a person to judge, so a line that only claims validation exists is unknown.
/// </summary>
public sealed partial class JsInputValidation : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var wired = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path)).ToList();
        var validations = wired.Select(d => ValidationCalls.First(graph, d)).OfType<JsEvidence>().ToDictionary(e => e.Doc.Path, StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var doc in wired)
        {
            var reads = ValidationCalls.BodyReads(doc);
            if (reads.Count == 0)
            {
                continue;
            }

            if (Validator(graph, doc, validations) is { } v)
            {
                findings.Add(context.Pass(v.Doc, v.Offset, $"{v.What}, covering the request body read in {doc.Path}:{doc.Text.LineOf(reads[0].Index)}"));
            }
            else
            {
                findings.AddRange(reads.Select(r => context.Fail(doc, r.Index, $"request body used without schema validation: {r.Value}")));

                // Checks written by hand that answer 400/422 are validation of some kind: no schema is a fact,
                // whether the checks are enough is open-world, so "input validation exists" stays unknown.
                if (JsCode.Matches(doc, BadRequest(), "40").FirstOrDefault() is { } check)
                {
                    findings.Add(context.Inconclusive(
                        $"request body ({reads[0].Value}) checked by hand, not by a schema: the handler answers {check.Groups["code"].Value} at line {doc.Text.LineOf(check.Index)}; judge the checks by hand",
                        new SourceLocation(doc.Path, doc.Text.LineOf(reads[0].Index), doc.Text.ColumnOf(reads[0].Index))));
                }
            }
        }

        if (findings.Count == 0)
        {
            findings.AddRange(validations.Values.Select(v => context.Pass(v.Doc, v.Offset, $"{v.What}; wired in: {graph.Explain(v.Doc.Path)}")));
        }

        if (validations.Count == 0)
        {
            var unwired = graph.Modules.Where(d => !graph.IsWired(d.Path) && !CodeKinds.IsTest(d.Path))
                .Select(d => ValidationCalls.First(graph, d)).OfType<JsEvidence>();
            findings.AddRange(unwired.Select(e => Wiring.NotWired(context, graph, e, "input validation")));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no wired-in handler reads a request body")];
    }

    // A client-error answer the handler gives itself: status(400), { status: 422 }, statusCode = 400.
    [GeneratedRegex(@"\bstatus(?:Code)?\s*(?:\(|:|=)\s*(?<code>400|422)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex BadRequestCompiled();
    private static Regex BadRequest() => LinearRegex.Pick(BadRequestCompiled());

    /// <summary>A validation in the file itself, in a wired file that imports it, or in a local module it imports.</summary>
    private static JsEvidence? Validator(ModuleGraph graph, SourceDocument doc, Dictionary<string, JsEvidence> validations)
    {
        if (validations.TryGetValue(doc.Path, out var own))
        {
            return own;
        }

        var near = graph.ImportersOf(doc.Path).Concat(graph.ImportsOf(doc.Path).Select(i => i.Target).OfType<string>());
        return near.Order(StringComparer.Ordinal).Select(p => validations.GetValueOrDefault(p)).FirstOrDefault(v => v is not null);
    }
}
