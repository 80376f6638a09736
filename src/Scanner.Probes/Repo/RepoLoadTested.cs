using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Repo;

/// <summary>
/// Load-test scripts or configs are tracked (k6, Artillery, Locust, JMeter, Gatling, autocannon, wrk, ab, or a
/// package.json script running one). One only in a set-aside folder, or a load-testing package nothing runs, is
/// undecided; none anywhere fails.
/// </summary>
public sealed partial class RepoLoadTested : IProbe
{
    private static readonly (string[] Extensions, string Gate, Func<Regex> Pattern, string Label)[] Kinds =
    [
        ([".js", ".mjs", ".cjs", ".ts", ".mts"], "k6", K6Import, "a k6 script"),
        ([".js", ".mjs", ".cjs", ".ts", ".mts"], "autocannon", AutocannonImport, "an autocannon script"),
        ([".yml", ".yaml"], "scenarios:", ArtilleryScenarios, "an Artillery config"),
        ([".py"], "locust", LocustImport, "a Locust locustfile"),
        ([".jmx"], "jmeterTestPlan", JmeterPlan, "a JMeter test plan"),
        ([".scala", ".kt", ".java"], "io.gatling", GatlingImport, "a Gatling simulation"),
        ([".lua"], "wrk.", WrkScript, "a wrk script"),
        ([".sh", "package.json"], "", Runner, "a load-test run"),
    ];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var aside = new List<Finding>();
        foreach (var doc in context.Documents())
        {
            var content = doc.Content;
            var matched = false;
            foreach (var kind in Kinds.Where(k => k.Extensions.Any(e => doc.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase))))
            {
                if ((kind.Gate.Length > 0 && !content.Contains(kind.Gate, StringComparison.Ordinal)) || kind.Pattern().Match(content) is not { Success: true } m)
                {
                    continue;
                }

                if (kind.Label == "an Artillery config" && !ArtilleryConfig().IsMatch(content))
                {
                    continue;
                }

                var line = doc.Text.LineOf(m.Index);
                var what = $"{doc.Path} is {kind.Label}";
                (NonProduction.IsSetAside(doc.Path) ? aside : findings).Add(NonProduction.IsSetAside(doc.Path)
                    ? context.Inconclusive($"{what}, but only in a folder set aside from the project (examples, docs, backup)", new SourceLocation(doc.Path, line))
                    : context.AtLine(Outcome.Pass, doc, line, what));
                matched = true;
                break;
            }

            if (!matched && doc.Path.EndsWith("package.json", StringComparison.Ordinal) && Declared().Match(content) is { Success: true } dependency)
            {
                aside.Add(context.Inconclusive($"{doc.Path} declares a load-testing package ({dependency.Groups["p"].Value}) but no script runs it", new SourceLocation(doc.Path, doc.Text.LineOf(dependency.Index))));
            }
        }

        if (findings.Count > 0 || aside.Count > 0)
        {
            return findings.Count > 0 ? findings : aside;
        }

        return [RepoDocs.Absent(context, "no load test: no k6, Artillery, Locust, JMeter, Gatling, autocannon or wrk script, and no script or package.json entry that runs one")];
    }

    [GeneratedRegex(@"(\bfrom\s*|\brequire\(\s*)['""]k6(/[a-z-]+)?['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex K6ImportCompiled();
    private static Regex K6Import() => LinearRegex.Pick(K6ImportCompiled());

    [GeneratedRegex(@"(\bfrom\s*|\brequire\(\s*)['""]autocannon['""]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AutocannonImportCompiled();
    private static Regex AutocannonImport() => LinearRegex.Pick(AutocannonImportCompiled());

    [GeneratedRegex(@"^scenarios:", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ArtilleryScenarios();

    [GeneratedRegex(@"^config:[ \t]{0,8}\r?$[\s\S]{0,2000}^[ \t]{1,8}target:", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ArtilleryConfigCompiled();
    private static Regex ArtilleryConfig() => ArtilleryConfigCompiled();

    [GeneratedRegex(@"^[ \t]*(from[ \t]+locust[ \t]+import|import[ \t]+locust\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LocustImportCompiled();
    private static Regex LocustImport() => LinearRegex.Pick(LocustImportCompiled());

    [GeneratedRegex(@"<jmeterTestPlan\b", RegexOptions.CultureInvariant)]
    private static partial Regex JmeterPlan();

    [GeneratedRegex(@"^[ \t]*import[ \t]+(static[ \t]+)?io\.gatling\.", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex GatlingImportCompiled();
    private static Regex GatlingImport() => LinearRegex.Pick(GatlingImportCompiled());

    [GeneratedRegex(@"\bwrk\.(method|body|headers|format|path|scheme|host|port|lookup|connect)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrkScript();

    [GeneratedRegex(@"(^|[\s""';&|(])(k6[ \t]+run|artillery[ \t]+(run|quick)|autocannon[ \t]+[-\w]|locust[ \t]+(-f|--headless|--host)|wrk[ \t]+-[tcdsH]|ab[ \t]+-[nckt][ \t]*\d|jmeter[ \t]+-n|gatling\.sh|loadtest[ \t]+-[nc])", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RunnerCompiled();
    private static Regex Runner() => LinearRegex.Pick(RunnerCompiled());

    [GeneratedRegex(@"""(?<p>artillery|autocannon|k6|loadtest|@grafana/xk6[\w-]{0,40})""[ \t]*:", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DeclaredCompiled();
    private static Regex Declared() => LinearRegex.Pick(DeclaredCompiled());
}
