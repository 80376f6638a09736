using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Outbound HTTP calls and clients in wired-in server code, each with what it says about its timeout: axios (a
/// created instance, a direct call, <c>axios.defaults.timeout</c>), got, ky (its own 10 s default), node-fetch,
/// undici and the global <c>fetch</c> (a <c>signal</c> or <c>timeout</c> in the options). Names count only where the
/// file binds them to the package itself: <c>api.get()</c> on a local instance is judged at the instance's creation.
/// </summary>
public static partial class JsOutboundCalls
{
    private static readonly Dictionary<string, string> Clients = new(StringComparer.Ordinal)
    {
        ["axios"] = "axios", ["got"] = "got", ["ky"] = "ky", ["node-fetch"] = "fetch", ["cross-fetch"] = "fetch",
        ["isomorphic-fetch"] = "fetch", ["undici"] = "undici",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "get", "post", "put", "patch", "delete", "head", "options", "request", "create", "extend", "stream", "fetch",
    };

    public static List<OutboundCall> Find(ModuleGraph graph, Func<string, bool> inScope)
    {
        var modules = graph.WiredModules().Where(d => inScope(d.Path) && !JsCode.IsBrowserCode(d)).ToList();
        var axiosDefault = modules.Any(d => d.Content.Contains("axios.defaults.timeout", StringComparison.Ordinal));
        var found = new List<OutboundCall>();
        foreach (var doc in modules)
        {
            var bound = Bindings(graph, doc.Path);
            foreach (var m in JsCode.Matches(doc, Call(), "("))
            {
                var name = m.Groups["name"].Value;
                var member = m.Groups["member"].Success ? m.Groups["member"].Value : null;
                var open = m.Index + m.Length - 1;
                var package = bound.GetValueOrDefault(name) ?? (name == "fetch" && member is null && !m.Groups["dot"].Success ? "global fetch" : null);
                if (package is null || (member is not null && !Verbs.Contains(member)) || !JsCode.IsCall(doc, m.Groups["name"].Index, open))
                {
                    continue;
                }

                var client = member is null ? package : $"{package}.{member}";
                found.Add(Classify(doc, m.Index, client, package, open, axiosDefault));
            }
        }

        return found;
    }

    private static OutboundCall Classify(SourceDocument doc, int at, string client, string package, int open, bool axiosDefault)
    {
        var args = JsCode.Arguments(doc, open).Select(a => doc.Content[a.Start..a.End].Trim()).ToList();
        var text = string.Join(", ", args);
        if (package == "ky")
        {
            return TimeoutValues.IsDisabled(text)
                ? new OutboundCall(doc, at, client, TimeoutSetting.None, "timeout switched off")
                : new OutboundCall(doc, at, client, TimeoutSetting.Set, TimeoutValues.Describe(text) ?? "ky's default 10 s timeout");
        }

        if (TimeoutValues.Describe(text) is { } value)
        {
            return new OutboundCall(doc, at, client, TimeoutSetting.Set, value);
        }

        if (text.Contains("signal", StringComparison.Ordinal))
        {
            return new OutboundCall(doc, at, client, TimeoutSetting.Set, "abort signal passed (" + Snippet.Of(SignalText(text), 48) + ")");
        }

        if (package == "axios" && axiosDefault && !client.EndsWith(".create", StringComparison.Ordinal))
        {
            return new OutboundCall(doc, at, client, TimeoutSetting.Set, "axios.defaults.timeout set");
        }

        if (client.EndsWith(".create", StringComparison.Ordinal) && doc.Content.Contains(".defaults.timeout", StringComparison.Ordinal))
        {
            return new OutboundCall(doc, at, client, TimeoutSetting.Set, "instance defaults.timeout set");
        }

        // An options object the probe cannot read (a variable, a spread, a call) may carry the timeout.
        return Options(client, package, args).Any(a => !IsLiteral(a))
            ? new OutboundCall(doc, at, client, TimeoutSetting.Unknown, "its options come from code the probe cannot read")
            : new OutboundCall(doc, at, client, TimeoutSetting.None, NoTimeout(package));
    }

    private static IEnumerable<string> Options(string client, string package, List<string> args)
    {
        var member = client.Contains('.', StringComparison.Ordinal) ? client[(client.LastIndexOf('.') + 1)..] : null;
        return member switch
        {
            "create" or "extend" or "request" => args,
            "post" or "put" or "patch" when package == "axios" => args.Skip(2),
            null when package == "axios" => args,
            _ => args.Skip(1),
        };
    }

    private static string NoTimeout(string package) => package switch
    {
        "global fetch" or "undici" => "no timeout or abort signal set (Node's fetch gives up only after undici's 300 s header timeout)",
        "axios" => "no timeout set (axios waits indefinitely by default)",
        _ => "no timeout set (the client waits indefinitely by default)",
    };

    private static string SignalText(string text)
    {
        var at = text.IndexOf("signal", StringComparison.Ordinal);
        return text[at..];
    }

    // A string, template or object literal without spreads: what is written is all there is.
    private static bool IsLiteral(string argument) =>
        argument.Length == 0 || argument[0] is '\'' or '"' or '`' || (argument[0] == '{' && !argument.Contains("...", StringComparison.Ordinal));

    private static Dictionary<string, string> Bindings(ModuleGraph graph, string path)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var edge in graph.ImportsOf(path).Where(i => !i.Import.TypeOnly))
        {
            if (Clients.TryGetValue(JsImports.PackageOf(edge.Import.Specifier), out var package))
            {
                foreach (var binding in edge.Import.Bindings)
                {
                    names[binding] = package;
                }
            }
        }

        return names;
    }

    [GeneratedRegex(@"(?<dot>\.\s*)?\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*(?<member>[A-Za-z_$][\w$]*)\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());
}
