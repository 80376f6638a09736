using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Host-header validation names real hosts: Django's ALLOWED_HOSTS, Starlette's TrustedHostMiddleware and
/// Flask's TRUSTED_HOSTS without a "*" entry, in settings that run in production (reachable, not dev-named).
/// </summary>
public sealed partial class PyAllowedHostsRestricted : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)))
        {
            if (PyCode.IsDevelopmentName(PyPaths.FileName(doc.Path)))
            {
                continue;
            }

            foreach (var m in PyCode.Matches(doc, Setting(), "host"))
            {
                if (PyCode.EnclosingClass(doc, m.Index) is { } c && PyCode.IsDevelopmentName(c))
                {
                    continue;
                }

                var value = m.Groups["kind"].Value == "TrustedHostMiddleware" ? PyCode.EnclosingArguments(doc, m.Index) : PyCode.AssignedValue(doc, m.Index + m.Length);
                findings.Add(Wildcard().IsMatch(value)
                    ? context.Fail(doc, m.Index, "allowed hosts include \"*\": any Host header is accepted, which enables cache poisoning and poisoned password-reset links")
                    : context.Pass(doc, m.Index, "allowed hosts are named"));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no ALLOWED_HOSTS, TRUSTED_HOSTS or TrustedHostMiddleware in code that runs")];
    }

    [GeneratedRegex(
        @"(?:\b(?<kind>ALLOWED_HOSTS|TRUSTED_HOSTS)|\[[ \t]*[""'](?<kind>TRUSTED_HOSTS)[""'][ \t]*\])[ \t]*=|\b(?<kind>TrustedHostMiddleware)\b[ \t]*[,)]",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SettingCompiled();
    private static Regex Setting() => LinearRegex.Pick(SettingCompiled());

    [GeneratedRegex(@"[""']\*[""']", RegexOptions.CultureInvariant)]
    private static partial Regex Wildcard();
}
