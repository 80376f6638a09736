using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// A Next.js app built into a container sets <c>output: 'standalone'</c> in next.config: a Dockerfile that copies
/// <c>.next/standalone</c> from a build that never produced it fails to build or ships no server. Without a
/// Dockerfile that needs it, a missing setting is only noted (inconclusive): a platform build does not need it.
/// </summary>
public sealed partial class JsNextStandaloneOutput : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var configs = NextConfigFile.All(graph).ToList();
        if (configs.Count == 0 && !JsServers.IsNext(graph))
        {
            return [context.NotApplicable("no Next.js app")];
        }

        var set = configs.SelectMany(c => JsCode.Matches(c, Standalone(), "standalone")
            .Select(m => context.Pass(c, m.Index, "next.config sets output: 'standalone' (the build writes a self-contained server to .next/standalone)"))).ToList();
        if (set.Count > 0)
        {
            return set;
        }

        var copies = context.Documents(IsProductionDockerfile).SelectMany(StandaloneCopies).ToList();
        var where = configs.Count > 0 ? string.Join(", ", configs.Select(c => c.Path)) : "no next.config file";
        if (copies.Count > 0)
        {
            return copies.Select(c => context.AtLine(Outcome.Fail, c.Doc, c.Line,
                $"the image copies .next/standalone, but next.config does not set output: 'standalone' ({where}), so the build writes no such folder"));
        }

        const string message = "next.config does not set output: 'standalone'; only a container image of the app needs it";
        return [configs.Count > 0
            ? context.Inconclusive(message, new SourceLocation(configs[0].Path, configs[0].Text.LineOf(NextConfigFile.Anchor(configs[0]))))
            : context.Inconclusive(message)];
    }

    private static bool IsProductionDockerfile(string path) =>
        LanguageDetector.Detect(path) == Language.Dockerfile && !NonProduction.IsDevelopmentFile(path);

    private static List<(SourceDocument Doc, int Line)> StandaloneCopies(SourceDocument doc)
    {
        var found = new List<(SourceDocument, int)>();
        for (var line = 1; line <= doc.Text.LineCount; line++)
        {
            var text = doc.Text.Line(line).TrimStart();
            if (!text.StartsWith("#") && text.Contains(".next/standalone", StringComparison.Ordinal))
            {
                found.Add((doc, line));
            }
        }

        return found;
    }

    [GeneratedRegex(@"\boutput\s*:\s*['""`]standalone['""`]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StandaloneCompiled();
    private static Regex Standalone() => LinearRegex.Pick(StandaloneCompiled());
}
