using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// SECRET_KEY (Flask, Django, JWT) comes from the environment or a secret store: a string literal assigned to it,
/// or used as the fallback of an environment read, fails. The value never reaches a finding: message and evidence
/// show its shape only. Development-named settings and modules no entry imports are left out.
/// </summary>
public sealed partial class PySecretKeyFromEnvironment : IProbe
{
    private const string Names = @"(?:[A-Z_]*SECRET_KEY|secret_key|JWT_SECRET|jwt_secret(?:_key)?)";

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var judged = new List<string>();
        var notWired = 0;
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && !PyCode.IsDevelopmentName(PyPaths.FileName(d.Path))))
        {
            if (!PyVerdict.Counts(graph, doc.Path))
            {
                notWired++;
                continue;
            }

            judged.Add(doc.Path);
            var failed = new HashSet<int>();
            foreach (var m in PyCode.Matches(doc, Literal(), "secret").Where(m => !(PyCode.EnclosingClass(doc, m.Index) is { } c && PyCode.IsDevelopmentName(c))))
            {
                failed.Add(doc.Text.LineOf(m.Index));
                findings.Add(Hardcoded(context, doc, m));
            }

            findings.AddRange(PyCode.Matches(doc, FromEnvironment(), "secret")
                .Where(m => !failed.Contains(doc.Text.LineOf(m.Index)))
                .Select(m => context.Pass(doc, m.Index, "secret key read from the environment")));
        }

        if (findings.Count == 0)
        {
            var skipped = notWired > 0 ? $"; {notWired} module(s) not wired in were not judged" : "";
            findings.Add(context.Searched(judged, $"no SECRET_KEY literal in {judged.Count} app module(s){skipped}"));
        }

        return findings;
    }

    private static Finding Hardcoded(ProbeContext context, SourceDocument doc, Match m)
    {
        var value = m.Groups["value"].Value;
        var shape = value.Length == 0 ? "an empty string" : Redactor.Redact(value, 0);
        var how = m.Groups["env"].Success ? "falls back to a hardcoded value" : "is hardcoded";
        var finding = context.Fail(doc, m.Index, $"{m.Groups["name"].Value} {how} ({shape}): anyone with the code can forge sessions and tokens");
        return value.Length == 0 || finding.Evidence is null ? finding : finding with { Evidence = finding.Evidence.Replace(value, shape, StringComparison.Ordinal) };
    }

    [GeneratedRegex(
        @"(?:\[[ \t]*[""'](?<name>" + Names + @")[""'][ \t]*\]|\b(?<name>" + Names + @"))[ \t]*=[ \t]*" +
        @"(?<env>(?:os\.environ\.get|os\.getenv|getenv|env\.str|env|config)[ \t]*\([ \t]*[""'][^""'\r\n]*[""'][ \t]*,[ \t]*(?:default[ \t]*=[ \t]*)?)?" +
        @"[rbuRBU]?[""'](?<value>[^""'\r\n]*)[""']",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LiteralCompiled();
    private static Regex Literal() => LinearRegex.Pick(LiteralCompiled());

    [GeneratedRegex(
        @"(?:\[[ \t]*[""']" + Names + @"[""'][ \t]*\]|\b" + Names + @")[ \t]*=[ \t]*(?:os\.environ|os\.getenv|getenv|env\b|env\.|config\(|secrets\.|get_random_secret_key|settings\.)",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FromEnvironmentCompiled();
    private static Regex FromEnvironment() => LinearRegex.Pick(FromEnvironmentCompiled());
}
