using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Every wired-in handler that reads a request body validates it with a schema library (zod, joi, yup,
/// express-validator, class-validator ...): in the handler's file, in a file that imports it (validation
/// middleware on the route) or in a local module it calls. Unvalidated body reads fail where they happen.
/// </summary>
public sealed class JsInputValidation : IProbe
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
