using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Webhook views in the app check the sender's signature before trusting the event: Stripe
/// <c>stripe.Webhook.construct_event</c> or <c>WebhookSignature.verify_header</c>, Svix / Standard Webhooks
/// <c>Webhook(...).verify</c>, Twilio <c>validate_request</c>, a <c>verify_*signature</c> helper, or an HMAC compared
/// with <c>hmac.compare_digest</c>, inside the view. A view is a webhook handler when its route or its name says
/// webhook. One that reads the request with none of these fails; one that only mentions a signature is undecided.
/// </summary>
public sealed partial class PyWebhookSignaturesVerified : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path) && IgnoreCaseSearch.Contains(d.Content, "webhook")))
        {
            foreach (var view in PyFunctions.All(doc).Where(f => IsWebhookView(doc, f)))
            {
                findings.Add(Judge(context, doc, view));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no webhook view in the app (no route or view function named for a webhook)")];
    }

    private static bool IsWebhookView(SourceDocument doc, PyFunction f)
    {
        var decorators = PyFunctions.Decorators(doc, f);
        var routed = decorators.Contains('(') || decorators.Contains("csrf_exempt", StringComparison.Ordinal);
        var body = doc.Content.AsSpan(f.DefOffset, f.End - f.DefOffset);
        return routed && body.Contains("request", StringComparison.Ordinal) &&
               (decorators.Contains("webhook", StringComparison.OrdinalIgnoreCase) || f.Name.Contains("webhook", StringComparison.OrdinalIgnoreCase));
    }

    private static Finding Judge(ProbeContext context, SourceDocument doc, PyFunction view)
    {
        var body = doc.Content[view.DefOffset..view.End];
        foreach (Match m in Verification().Matches(body))
        {
            if (doc.Regions.KindAt(view.DefOffset + m.Index) == RegionKind.Code)
            {
                return context.Pass(doc, view.DefOffset + m.Index, $"webhook signature verified in {view.Name} ({m.Value.TrimEnd('(', ' ')})");
            }
        }

        var signature = body.IndexOf("ignature", StringComparison.Ordinal);
        return signature >= 0
            ? context.Inconclusive($"{view.Name} handles a signature, but no verification this probe knows (construct_event, verify, compare_digest ...)",
                new SourceLocation(doc.Path, doc.Text.LineOf(view.DefOffset + signature)))
            : context.Fail(doc, view.DefOffset, $"webhook view {view.Name} trusts the request without checking its signature");
    }

    [GeneratedRegex(@"\b(?:construct_event|verify_header|compare_digest|validate_request|verify_\w{0,30}signature|verify_\w{0,30}webhook|verify_signature)\s*\(|\.\s*verify\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex VerificationCompiled();
    private static Regex Verification() => LinearRegex.Pick(VerificationCompiled());
}
