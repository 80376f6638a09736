using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// SQLAlchemy does not echo SQL in production: no <c>create_engine(..., echo=True)</c> and no
/// <c>SQLALCHEMY_ECHO = True</c> in modules that run, outside development-named settings and config classes.
/// </summary>
public sealed partial class PySqlalchemyNoEcho : IProbe
{
    private static readonly string[] Packages = ["sqlalchemy", "sqlmodel", "flask_sqlalchemy"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!Packages.Any(graph.Uses))
        {
            return [context.NotApplicable("the app does not use SQLAlchemy")];
        }

        var findings = new List<Finding>();
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path)))
        {
            if (PyCode.IsDevelopmentName(PyPaths.FileName(doc.Path)))
            {
                continue;
            }

            foreach (var m in PyCode.Matches(doc, Engine(), "engine").Where(m => !InDevelopmentClass(doc, m)))
            {
                var echo = EchoOn().IsMatch(PyCode.Arguments(doc, m.Index));
                findings.Add(echo
                    ? context.Fail(doc, m.Index, "engine created with echo on: every SQL statement and its parameters go to the log")
                    : context.Pass(doc, m.Index, "engine created without echo"));
            }

            foreach (var m in PyCode.Matches(doc, EchoSetting(), "SQLALCHEMY_ECHO").Where(m => !InDevelopmentClass(doc, m)))
            {
                findings.Add(m.Groups["on"].Success
                    ? context.Fail(doc, m.Index, "SQLALCHEMY_ECHO on: every SQL statement and its parameters go to the log")
                    : context.Pass(doc, m.Index, "SQLALCHEMY_ECHO off or from the environment"));
            }
        }

        return findings.Count > 0 ? findings : [context.Inconclusive("SQLAlchemy is used but no engine or SQLALCHEMY_ECHO setting was found in running code")];
    }

    private static bool InDevelopmentClass(SourceDocument doc, Match m) =>
        PyCode.EnclosingClass(doc, m.Index) is { } name && PyCode.IsDevelopmentName(name);

    [GeneratedRegex(@"\bcreate(?:_async)?_engine[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EngineCompiled();
    private static Regex Engine() => LinearRegex.Pick(EngineCompiled());

    [GeneratedRegex(@"\becho[ \t]*=[ \t]*(?:True\b|[""']debug[""'])", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EchoOnCompiled();
    private static Regex EchoOn() => LinearRegex.Pick(EchoOnCompiled());

    [GeneratedRegex(
        @"(?:\bSQLALCHEMY_ECHO|\[[ \t]*[""']SQLALCHEMY_ECHO[""'][ \t]*\])[ \t]*=[ \t]*(?:(?<on>True\b)|False\b|os\.|env|config|bool\(|int\()",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex EchoSettingCompiled();
    private static Regex EchoSetting() => LinearRegex.Pick(EchoSettingCompiled());
}
