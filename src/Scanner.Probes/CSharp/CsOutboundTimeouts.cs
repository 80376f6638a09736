using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.Text;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Every HttpClient the app registers at startup (<c>AddHttpClient</c>, <c>AddRefitClient</c>) sets a timeout: its
/// <c>Timeout</c> in the configure callback or in the typed client, a Polly timeout policy, the standard resilience
/// handler (10 s per attempt, 30 s in total) or <c>ConfigureHttpClientDefaults</c> doing either for all of them.
/// A policy built by a method whose name does not say leaves the client undecided; ASP.NET request timeouts or a
/// database command timeout are reported beside a missing one.
/// </summary>
public sealed class CsOutboundTimeouts : IProbe
{
    private static readonly string[] Policies = ["AddPolicyHandler", "AddTransientHttpErrorPolicy", "AddResilienceHandler", "AddPolicyHandlerFromRegistry"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var defaults = app.Reached("ConfigureHttpClientDefaults").Select(c => Describe(Chain(c.Node).ToString())).FirstOrDefault(d => d is not null);
        var calls = app.Reached("AddHttpClient", "AddRefitClient")
            .Where(c => context.Card.Files.Matches(c.Doc.Path))
            .Select(c => Classify(app, c, defaults))
            .ToList();
        var others = app.Reached("AddRequestTimeouts", "UseRequestTimeouts", "CommandTimeout", "SetCommandTimeout")
            .Select(c => new OtherTimeout(c.Doc, c.Offset, $"a request or database timeout ({c.Name})"))
            .ToList();
        return OutboundTimeouts.Judge(context, calls, others, $"{app.Pipeline.Count} startup call(s) for AddHttpClient and AddRefitClient");
    }

    private static OutboundCall Classify(CsApp app, CsCall call, string? defaults)
    {
        var chain = Chain(call.Node).ToString();
        var client = $"{call.Name}{TypeArguments(call.Node)}";
        if (Describe(chain) is { } value)
        {
            return new OutboundCall(call.Doc, call.Offset, client, TimeoutSetting.Set, value);
        }

        if (defaults is not null)
        {
            return new OutboundCall(call.Doc, call.Offset, client, TimeoutSetting.Set, $"ConfigureHttpClientDefaults: {defaults}");
        }

        var typed = CsNames.TypeArguments(call.Node).LastOrDefault();
        if (typed is not null && app.WebFiles.FirstOrDefault(d => d.Content.Contains($"class {typed}", StringComparison.Ordinal)) is { } impl &&
            TimeoutValues.Describe(impl.Content) is { } inClass && impl.Content.Contains("Timeout =", StringComparison.Ordinal))
        {
            return new OutboundCall(call.Doc, call.Offset, client, TimeoutSetting.Set, $"{inClass} in {CsPaths.FileName(impl.Path)}");
        }

        // A policy built elsewhere (AddPolicyHandler(GetRetryPolicy())) may wrap a timeout the chain does not show.
        return Policies.Any(p => chain.Contains(p, StringComparison.Ordinal))
            ? new OutboundCall(call.Doc, call.Offset, client, TimeoutSetting.Unknown, "its policies are built by code whose timeout the probe cannot read")
            : new OutboundCall(call.Doc, call.Offset, client, TimeoutSetting.None, "no Timeout and no timeout policy (HttpClient falls back to its 100 s default)");
    }

    private static string? Describe(string chain) =>
        chain.Contains("AddStandardResilienceHandler", StringComparison.Ordinal)
            ? "standard resilience handler" + (TimeoutValues.Describe(chain) is { } v ? $" ({v})" : " (10 s per attempt, 30 s in total)")
            : TimeoutValues.Describe(chain);

    private static string TypeArguments(InvocationExpressionSyntax call) =>
        CsNames.TypeArguments(call).ToList() is { Count: > 0 } types ? $"<{string.Join(", ", types)}>" : "";

    // services.AddHttpClient<T>(...).AddPolicyHandler(...): the registration's whole fluent chain.
    private static SyntaxNode Chain(InvocationExpressionSyntax call)
    {
        SyntaxNode node = call;
        while (node.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer })
        {
            node = outer;
        }

        return node;
    }
}
