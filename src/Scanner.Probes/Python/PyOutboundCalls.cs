using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Outbound HTTP calls and clients in a Python module, each with what it says about its timeout: requests calls and
/// calls on a <c>requests.Session()</c> (no default: they wait forever), httpx calls and clients (a 5 s default unless
/// <c>timeout=None</c>), aiohttp sessions, urllib3 pool managers and <c>urlopen</c>.
/// </summary>
public static partial class PyOutboundCalls
{
    public static IEnumerable<OutboundCall> In(SourceDocument doc)
    {
        foreach (var m in PyCode.Matches(doc, Call(), "("))
        {
            var library = m.Groups["lib"].Value;
            var member = m.Groups["member"].Value;
            var args = PyCode.Arguments(doc, m.Index + m.Length - 1);
            yield return Classify(doc, m.Index, library, $"{library}.{member}", args, doc.Content.Contains(".mount(", StringComparison.Ordinal));
        }

        var sessions = PyCode.Matches(doc, Session(), "Session").Select(m => m.Groups["var"].Value).ToHashSet(StringComparer.Ordinal);
        if (sessions.Count == 0)
        {
            yield break;
        }

        foreach (var m in PyCode.Matches(doc, Verb(), "("))
        {
            if (sessions.Contains(m.Groups["obj"].Value))
            {
                var args = PyCode.Arguments(doc, m.Index + m.Length - 1);
                yield return Classify(doc, m.Index, "requests", $"requests.Session.{m.Groups["verb"].Value}", args, doc.Content.Contains(".mount(", StringComparison.Ordinal));
            }
        }
    }

    private static OutboundCall Classify(SourceDocument doc, int at, string library, string client, string args, bool adapterMounted)
    {
        if (TimeoutValues.IsDisabled(args))
        {
            return new OutboundCall(doc, at, client, TimeoutSetting.None, "timeout switched off (timeout=None)");
        }

        if (TimeoutValues.Describe(args) is { } value)
        {
            return new OutboundCall(doc, at, client, TimeoutSetting.Set, value);
        }

        if (library == "httpx")
        {
            return new OutboundCall(doc, at, client, TimeoutSetting.Set, "httpx's default 5 s timeout");
        }

        // Options unpacked from a dict, or a transport adapter mounted on the session, may carry the timeout.
        return args.Contains("**", StringComparison.Ordinal) || (adapterMounted && client.Contains("Session", StringComparison.Ordinal))
            ? new OutboundCall(doc, at, client, TimeoutSetting.Unknown, "its options come from code the probe cannot read")
            : new OutboundCall(doc, at, client, TimeoutSetting.None, library == "aiohttp"
                ? "no timeout= (aiohttp's default gives up only after 300 s in total)"
                : $"no timeout= ({library} waits as long as the server keeps the connection open)");
    }

    [GeneratedRegex(@"\b(?<lib>requests|httpx|aiohttp|urllib3|urllib\.request)\s*\.\s*(?<member>get|post|put|patch|delete|head|options|request|stream|Client|AsyncClient|ClientSession|PoolManager|urlopen)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());

    [GeneratedRegex(@"(?:\b(?<var>(?:self\.)?\w+)\s*=\s*requests\s*\.\s*[Ss]ession\s*\(\s*\))|(?:requests\s*\.\s*[Ss]ession\s*\(\s*\)\s+as\s+(?<var>\w+))", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SessionCompiled();
    private static Regex Session() => LinearRegex.Pick(SessionCompiled());

    [GeneratedRegex(@"\b(?<obj>(?:self\.)?\w+)\s*\.\s*(?<verb>get|post|put|patch|delete|head|request)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex VerbCompiled();
    private static Regex Verb() => LinearRegex.Pick(VerbCompiled());
}
