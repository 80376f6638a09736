using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>The Next.js config files of a workspace and the line where each defines its config object.</summary>
public static partial class NextConfigFile
{
    public static IEnumerable<SourceDocument> All(ModuleGraph graph) => graph.Modules.Where(d => JsServers.IsNextConfig(d.Path));

    /// <summary>Offset of <c>module.exports =</c>, <c>export default</c> or <c>const nextConfig</c>, else 0.</summary>
    public static int Anchor(SourceDocument doc) => JsCode.Matches(doc, Definition(), "") is [var first, ..] ? first.Index : 0;

    [GeneratedRegex(@"\b(?:module\s*\.\s*exports\s*=|export\s+default\b|(?:const|let|var)\s+nextConfig\b)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DefinitionCompiled();
    private static Regex Definition() => LinearRegex.Pick(DefinitionCompiled());
}
