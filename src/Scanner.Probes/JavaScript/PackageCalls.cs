using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Calls into a package through the names a file binds to it: <c>pino(...)</c>, <c>winston.createLogger(...)</c>,
/// <c>Sentry.init(...)</c>, <c>new Rollbar(...)</c>. A bare call counts when the name is bound to the package
/// (or built from it), a member call only for the listed members.
/// </summary>
public static partial class PackageCalls
{
    public static List<JsEvidence> Find(ModuleGraph graph, IReadOnlySet<string> packages, IReadOnlySet<string> members, bool bareCalls, string what)
    {
        var found = new List<JsEvidence>();
        foreach (var import in JsPackages.Imports(graph, packages).DistinctBy(i => i.Doc.Path))
        {
            var doc = import.Doc;
            var names = JsPackages.NamesIn(graph, doc.Path, packages);
            foreach (var m in JsCode.Matches(doc, Call(), "("))
            {
                var name = m.Groups["name"].Value;
                if (!JsCode.IsCall(doc, m.Groups["name"].Index, m.Index + m.Length - 1))
                {
                    continue;
                }

                var member = m.Groups["member"].Success ? m.Groups["member"].Value : null;
                var counts = names.Contains(name) && (member is null ? bareCalls || m.Groups["new"].Success : members.Contains(member));
                if (counts)
                {
                    found.Add(new JsEvidence(doc, m.Index, $"{what} ({JsImports.PackageOf(import.Import.Specifier)}: {m.Value.TrimEnd('(').Trim()})"));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"(?<new>\bnew\s+)?\b(?<name>[A-Za-z_$][\w$]*)\s*(?:\.\s*(?<member>[A-Za-z_$][\w$]*)\s*)?\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CallCompiled();
    private static Regex Call() => LinearRegex.Pick(CallCompiled());
}
