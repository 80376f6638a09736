using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Webhook handlers in wired-in code check the sender's signature before trusting the event: Stripe
/// <c>constructEvent</c>, Svix / Standard Webhooks / Octokit <c>verify</c>, Clerk <c>verifyWebhook</c>, Slack
/// <c>verifyRequestSignature</c>, Twilio <c>validateRequest</c>, or an HMAC compared with <c>timingSafeEqual</c>, in the
/// handler's file or a local module it imports. A handler is a route file whose path names a webhook (Next.js, pages/api,
/// serverless) or a route registered on a webhook path. A handler that reads the event with none of these fails; one
/// that mentions a signature in a way not recognised is undecided.
/// </summary>
public sealed partial class JsWebhookSignaturesVerified : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var handlers = new List<(SourceDocument Doc, int Offset)>();
        var handlerFiles = JsServers.HandlerPaths(graph);
        foreach (var doc in graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !CodeKinds.IsTest(d.Path)))
        {
            var routes = JsCode.Matches(doc, Route(), "ebhook");
            if (routes.Count > 0)
            {
                handlers.AddRange(routes.Select(m => (doc, m.Index)));
            }
            else if (handlerFiles.Contains(doc.Path) && doc.Path.Contains("webhook", StringComparison.OrdinalIgnoreCase))
            {
                handlers.Add((doc, JsCode.Matches(doc, Export(), "export").FirstOrDefault()?.Index ?? 0));
            }
        }

        if (handlers.Count == 0)
        {
            return [context.NotApplicable("no webhook handler in wired-in code (no route file or registered route on a webhook path)")];
        }

        return handlers.Select(h => Judge(context, graph, h.Doc, h.Offset)).ToList();
    }

    private static Finding Judge(ProbeContext context, ModuleGraph graph, SourceDocument doc, int offset)
    {
        var scope = graph.ImportsOf(doc.Path).Select(i => i.Target).OfType<string>().Select(graph.Module).OfType<SourceDocument>().Prepend(doc).ToList();
        foreach (var file in scope)
        {
            var vendorVerify = file.Content.Contains("svix", StringComparison.Ordinal) || file.Content.Contains("standardwebhooks", StringComparison.Ordinal) ||
                               file.Content.Contains("@octokit/webhooks", StringComparison.Ordinal);
            if (JsCode.Matches(file, Verification(), "(").FirstOrDefault(m => vendorVerify || !m.Value.StartsWith('.')) is { } check)
            {
                return context.Pass(file, check.Index, $"webhook signature verified ({check.Value.TrimEnd('(', ' ')}) for the handler in {doc.Path}");
            }
        }

        var hint = scope.SelectMany(f => JsCode.Matches(f, Signature(), "ignature").Concat(JsCode.LiteralMatches(f, Signature(), "ignature")).Select(m => (f, m))).FirstOrDefault();
        if (hint.f is not null)
        {
            return context.Inconclusive($"the webhook handler in {doc.Path} handles a signature, but no verification this probe knows (constructEvent, verify, timingSafeEqual ...)",
                new SourceLocation(hint.f.Path, hint.f.Text.LineOf(hint.m.Index)));
        }

        return context.Fail(doc, offset, $"webhook handler in {doc.Path} trusts the request without checking its signature (searched it and the {scope.Count - 1} local module(s) it imports)");
    }

    [GeneratedRegex(@"\.\s*(?:post|all|route|use)\s*\(\s*['""`][^'""`\n]{0,80}[Ww]ebhook[^'""`\n]{0,80}['""`]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RouteCompiled();
    private static Regex Route() => LinearRegex.Pick(RouteCompiled());

    [GeneratedRegex(@"\bexport\s+(?:async\s+)?(?:function|const)\s+POST\b|\bexport\s+default\b|\bmodule\s*\.\s*exports\b|\bexports\s*\.\s*handler\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ExportCompiled();
    private static Regex Export() => LinearRegex.Pick(ExportCompiled());

    [GeneratedRegex(@"\b(?:constructEvent(?:Async)?|verifyWebhook|timingSafeEqual|verifyRequestSignature|validateRequest|verifyAndReceive|verify\w{0,30}Signature|verify\w{0,30}Webhook)\s*\(|\.\s*verify\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex VerificationCompiled();
    private static Regex Verification() => LinearRegex.Pick(VerificationCompiled());

    [GeneratedRegex(@"[Ss]ignature", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();
}
