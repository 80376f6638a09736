using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Signed tokens expire: jsonwebtoken's <c>sign(payload, key, { expiresIn })</c> or an <c>exp</c> in the payload, jose's
/// <c>new SignJWT(...).setExpirationTime(...)</c>, in wired-in code. A token signed from an object literal with neither
/// fails (it never expires); one signed from a payload built elsewhere is undecided. Each stated lifetime is a fact,
/// so a line's "15-minute expiry" can be held to it.
/// </summary>
public sealed partial class JsTokensExpire : IProbe
{
    private static readonly HashSet<string> Jsonwebtoken = new(StringComparer.Ordinal) { "jsonwebtoken" };
    private static readonly HashSet<string> Sign = new(StringComparer.Ordinal) { "sign" };
    private const int ChainLength = 900;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var expiring = new List<(JsEvidence Evidence, double? Seconds)>();
        var never = new List<JsEvidence>();
        var unsure = new List<JsEvidence>();
        foreach (var call in PackageCalls.Find(graph, Jsonwebtoken, Sign, bareCalls: true, "JWT signed").Where(c => IsSign(c) && !CodeKinds.IsTest(c.Doc.Path)))
        {
            var args = JsCode.Arguments(call.Doc, call.Doc.Content.IndexOf('(', call.Offset)).Select(a => call.Doc.Content[a.Start..a.End].Trim()).ToList();
            var payload = args.ElementAtOrDefault(0) ?? "";
            var options = args.ElementAtOrDefault(2) ?? "";
            if (JsProperty.Value(options, "expiresIn") is { } expiresIn)
            {
                expiring.Add((call with { What = $"token signed with expiresIn {Snippet.Of(expiresIn, 30)}" }, TokenLifetime.Seconds(expiresIn)));
            }
            else if (payload.StartsWith('{') && JsProperty.Value(payload, "exp") is not null)
            {
                expiring.Add((call with { What = "token signed with an exp claim" }, null));
            }
            else
            {
                (payload.StartsWith('{') && (options.Length == 0 || options.StartsWith('{')) ? never : unsure).Add(call);
            }
        }

        foreach (var doc in graph.Modules.Where(d => !CodeKinds.IsTest(d.Path)))
        {
            foreach (var m in JsCode.Matches(doc, SignJwt(), "SignJWT"))
            {
                // The builder chain up to its sign call: an expiry set anywhere on it counts.
                var end = doc.Content.IndexOf(".sign(", m.Index, StringComparison.Ordinal);
                if (end < 0 || end - m.Index > ChainLength)
                {
                    continue;
                }

                var chain = doc.Content[m.Index..end];
                var at = chain.IndexOf(".setExpirationTime(", StringComparison.Ordinal);
                var evidence = new JsEvidence(doc, m.Index, "token signed with jose's SignJWT");
                if (at < 0)
                {
                    never.Add(evidence);
                    continue;
                }

                var argument = chain[(at + ".setExpirationTime(".Length)..];
                var expiry = argument[..Math.Max(0, argument.IndexOf(')', StringComparison.Ordinal))].Trim();
                expiring.Add((evidence with { What = $"token signed with setExpirationTime({Snippet.Of(expiry, 30)})" }, TokenLifetime.Seconds(expiry)));
            }
        }

        var findings = never.Where(e => graph.IsWired(e.Doc.Path))
            .Select(e => context.Fail(e.Doc, e.Offset, "token signed with no expiresIn and no exp claim: it never expires")).ToList();
        var judged = Wiring.Judge(context, graph, expiring.Select(e => e.Evidence), "token expiry");
        Record(context, expiring, judged);
        findings.AddRange(judged);
        if (findings.Count > 0)
        {
            return findings;
        }

        return unsure.Count > 0
            ? [.. unsure.Select(e => context.AtOffset(Outcome.Inconclusive, e.Doc, e.Offset, "token signed from a payload built elsewhere with no expiresIn: whether it carries an exp claim is not visible here"))]
            : [context.NotApplicable("no code signs a JWT (jsonwebtoken sign, jose SignJWT)")];
    }

    private static void Record(ProbeContext context, List<(JsEvidence Evidence, double? Seconds)> expiring, List<Finding> judged)
    {
        foreach (var (e, seconds) in expiring.Where(x => x.Seconds is not null))
        {
            context.EmitWherePassed(judged, TokenLifetime.Fact(e.Doc, e.Offset, seconds!.Value));
        }
    }

    private static bool IsSign(JsEvidence call)
    {
        var open = call.Doc.Content.IndexOf('(', call.Offset);
        return open > 0 && call.Doc.Content.AsSpan(call.Offset, open - call.Offset).TrimEnd().EndsWith("sign", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\bnew\s+SignJWT\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SignJwtCompiled();

    private static Regex SignJwt() => LinearRegex.Pick(SignJwtCompiled());
}
