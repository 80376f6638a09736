using System.Reflection;
using Scanner.Core.Engine;
using Scanner.Probes.CSharp;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Python;

namespace Scanner.Probes;

/// <summary>The assembly that carries the default cards (embedded from rules/) and their code probes.</summary>
public static class DefaultProbes
{
    public static Assembly Assembly => typeof(DefaultProbes).Assembly;

    /// <summary>What the probes of each language share: C# trees and app pipeline, the JS/TS module graph, the Python import graph.</summary>
    public static IReadOnlyList<SharedAnalysis> SharedAnalyses { get; } =
    [
        new("csharp", "C# syntax trees and app pipeline", (workspace, parallel) =>
        {
            CsSyntax.ParseAll(workspace, parallel);
            _ = CsApp.For(workspace);
        }),
        new("javascript", "JS/TS module graph", (workspace, _) => ModuleGraph.For(workspace)),
        new("python", "Python import graph", (workspace, _) => PyGraph.For(workspace)),
    ];
}
