using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The target's C# as ReadyScan sees it, built once per workspace: its projects, the shipped code, the files of
/// ASP.NET Core web projects (and the libraries they reference), the entries (Program.cs top-level statements or
/// Main, Startup.ConfigureServices / Configure) and the pipeline: every call reachable from the entries, in run
/// order, following calls into the repository's own methods (extension methods such as AddInfrastructure).
/// </summary>
public sealed class CsApp
{
    private static readonly ConditionalWeakTable<Workspace, Lazy<CsApp>> Cache = [];

    private readonly HashSet<InvocationExpressionSyntax> _reachable;

    internal CsApp(
        IReadOnlyList<CsProjectFile> projects, IReadOnlyList<SourceDocument> codeFiles, IReadOnlyList<SourceDocument> webFiles,
        IReadOnlyList<string> entries, IReadOnlyList<string> entryFiles, IReadOnlyList<CsCall> pipeline, IReadOnlyList<CsCall> webCalls)
    {
        EntryFiles = entryFiles;
        Projects = projects;
        CodeFiles = codeFiles;
        WebFiles = webFiles;
        Entries = entries;
        Pipeline = pipeline;
        WebCalls = webCalls;
        _reachable = [.. pipeline.Select(c => c.Node)];
    }

    public IReadOnlyList<CsProjectFile> Projects { get; }

    /// <summary>C# files that ship: outside test projects, test folders and set-aside folders (samples, fixtures).</summary>
    public IReadOnlyList<SourceDocument> CodeFiles { get; }

    /// <summary>Shipped files of ASP.NET Core web projects and of the projects they reference.</summary>
    public IReadOnlyList<SourceDocument> WebFiles { get; }

    /// <summary>Where the app starts, as "path (kind)".</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The files the entries are in: where a pipeline setting belongs.</summary>
    public IReadOnlyList<string> EntryFiles { get; }

    /// <summary>Calls reachable from the entries, in the order the app makes them.</summary>
    public IReadOnlyList<CsCall> Pipeline { get; }

    /// <summary>Every call in the web files, reachable or not.</summary>
    public IReadOnlyList<CsCall> WebCalls { get; }

    public bool IsWebApp => WebFiles.Count > 0;

    public bool HasEntries => Entries.Count > 0;

    public static CsApp For(Workspace workspace) =>
        Cache.GetValue(workspace, w => new Lazy<CsApp>(() => CsAppBuilder.Build(w))).Value;

    public bool IsReachable(CsCall call) => _reachable.Contains(call.Node);

    /// <summary>Reachable calls with one of these names, in pipeline order.</summary>
    public IReadOnlyList<CsCall> Reached(params string[] names) => [.. Pipeline.Where(c => names.Contains(c.Name, StringComparer.Ordinal))];

    /// <summary>Calls with one of these names anywhere in the web files.</summary>
    public IReadOnlyList<CsCall> Anywhere(params string[] names) => [.. WebCalls.Where(c => names.Contains(c.Name, StringComparer.Ordinal))];
}
