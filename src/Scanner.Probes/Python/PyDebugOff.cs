using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// No debug switch is on in code that runs in production: <c>DEBUG = True</c>, <c>app.run(debug=True)</c>,
/// <c>FastAPI(debug=True)</c>, a DEBUG read from the environment that defaults to on, or FLASK_DEBUG /
/// DEBUG set in the image. Development-named settings (settings/dev.py, DevelopmentConfig) and modules no entry
/// imports are left out; a base settings file overridden by a production one that turns debug off is fine.
/// </summary>
public sealed partial class PyDebugOff : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var on = new List<(SourceDocument Doc, Match Match)>();
        var productionOverride = false;
        var judged = new List<string>();
        var notWired = 0;
        foreach (var doc in PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)))
        {
            if (!PyVerdict.Counts(graph, doc.Path))
            {
                notWired++;
                continue;
            }

            if (PyCode.IsDevelopmentName(PyPaths.FileName(doc.Path)))
            {
                continue;
            }

            judged.Add(doc.Path);
            var onLines = new HashSet<int>();
            foreach (var m in PyCode.Matches(doc, DebugOn(), "debug").Where(m => !IsDevelopmentClass(doc, m)))
            {
                on.Add((doc, m));
                onLines.Add(doc.Text.LineOf(m.Index));
            }

            foreach (var m in PyCode.Matches(doc, DebugOff(), "debug").Where(m => !onLines.Contains(doc.Text.LineOf(m.Index))))
            {
                findings.Add(context.Pass(doc, m.Index, "debug is off or comes from the environment"));
                productionOverride |= PyPaths.FileName(doc.Path).Contains("prod", StringComparison.OrdinalIgnoreCase)
                    && doc.Content.Contains("import *", StringComparison.Ordinal);
            }
        }

        foreach (var (doc, m) in on)
        {
            var overridden = productionOverride && !PyPaths.FileName(doc.Path).Contains("prod", StringComparison.OrdinalIgnoreCase) && m.Value.StartsWith("DEBUG", StringComparison.Ordinal);
            findings.Add(overridden
                ? context.Pass(doc, m.Index, "DEBUG = True here is overridden by production settings that turn it off")
                : context.Fail(doc, m.Index, "debug mode on in production code: debug pages and the interactive debugger expose code, settings and a remote shell"));
        }

        findings.AddRange(DockerDebug(context));
        if (findings.Count == 0)
        {
            var skipped = notWired > 0 ? $"; {notWired} module(s) not wired in were not judged" : "";
            findings.Add(context.Searched(judged, $"no debug switch turned on in {judged.Count} app module(s); Flask, FastAPI and Django keep debug off unless told{skipped}"));
        }

        return findings;
    }

    private static bool IsDevelopmentClass(SourceDocument doc, Match m) =>
        PyCode.EnclosingClass(doc, m.Index) is { } name && PyCode.IsDevelopmentName(name);

    private static IEnumerable<Finding> DockerDebug(ProbeContext context)
    {
        var images = context.Workspace.Files.Where(f => PyPaths.FileName(f.Path).StartsWith("Dockerfile", StringComparison.OrdinalIgnoreCase)
            && !PyPaths.IsSetAside(f.Path) && !PyCode.IsDevelopmentName(PyPaths.FileName(f.Path)) && context.Card.Files.Matches(f.Path));
        foreach (var file in images)
        {
            if (context.Workspace.Read(file) is not { } doc || (!doc.Content.Contains("DEBUG", StringComparison.Ordinal) && !doc.Content.Contains("FLASK_ENV", StringComparison.Ordinal)))
            {
                continue;
            }

            var stage = DockerfileParser.Parse(doc.Text).FinalStage;
            foreach (var env in stage?.Instructions.Where(i => i.Keyword == "ENV" && DockerDebugOn().IsMatch(i.Arguments)) ?? [])
            {
                yield return context.AtLine(Outcome.Fail, doc, env.Line, "the production image turns debug mode on through the environment");
            }
        }
    }

    [GeneratedRegex(
        @"\b(?:DEBUG|FLASK_DEBUG|debug)[ \t]*=[ \t]*True\b|\.config\[[ \t]*[""'](?:DEBUG|FLASK_DEBUG)[""'][ \t]*\][ \t]*=[ \t]*True\b" +
        @"|\bDEBUG[ \t]*=[ \t]*(?:os\.environ\.get|os\.getenv|env\.bool|env|config)[ \t]*\([^)\r\n]*,[ \t]*(?:default[ \t]*=[ \t]*)?(?:True|[""'](?:1|[Tt]rue|TRUE|yes|on)[""'])",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DebugOnCompiled();
    private static Regex DebugOn() => LinearRegex.Pick(DebugOnCompiled());

    [GeneratedRegex(
        @"\b(?:DEBUG|debug)[ \t]*=[ \t]*(?:False\b|os\.environ|os\.getenv|env\b|env\.|config\(|bool\(|int\(|getenv|settings\.)|\.config\[[ \t]*[""']DEBUG[""'][ \t]*\][ \t]*=[ \t]*(?:False\b|os\.)",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DebugOffCompiled();
    private static Regex DebugOff() => LinearRegex.Pick(DebugOffCompiled());

    [GeneratedRegex(@"\b(?:FLASK_DEBUG|DJANGO_DEBUG|DEBUG)[ \t]*[= ][ \t]*[""']?(?:1|[Tt]rue|TRUE|yes|on)\b|\bFLASK_ENV[ \t]*[= ][ \t]*[""']?development", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DockerDebugOnCompiled();
    private static Regex DockerDebugOn() => LinearRegex.Pick(DockerDebugOnCompiled());
}
