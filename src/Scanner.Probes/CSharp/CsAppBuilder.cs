using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>Builds <see cref="CsApp"/>: sorts files into projects, finds entries and walks the pipeline.</summary>
internal static class CsAppBuilder
{
    private const int MaxDepth = 12;

    private static readonly string[] HostMarkers = ["WebApplication.Create", "ConfigureWebHostDefaults", "UseStartup<", "WebHost.CreateDefaultBuilder"];

    public static CsApp Build(Workspace workspace)
    {
        var projects = CsProjects.Find(workspace);
        var files = workspace.Files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal) && !CsPaths.IsSetAside(f.Path))
            .Select(f => workspace.Read(f)).OfType<SourceDocument>().ToList();
        var owner = files.ToDictionary(f => f.Path, f => Owner(projects, f.Path), StringComparer.Ordinal);
        var code = files.Where(f => !CsPaths.IsTest(f.Path) && owner[f.Path] is not { IsTest: true }).ToList();
        var webProjects = WebClosure(projects);
        var web = projects.Count == 0
            ? (code.Any(f => HostMarkers.Any(m => f.Content.Contains(m, StringComparison.Ordinal))) ? code : [])
            : code.Where(f => owner[f.Path] is { } p && webProjects.Contains(p.Path)).ToList();

        var methods = new Dictionary<string, List<(SourceDocument Doc, SyntaxNode Body)>>(StringComparer.Ordinal);
        var entries = new List<(SourceDocument Doc, SyntaxNode Body, string Kind)>();
        var startupNames = web.SelectMany(f => CsSyntax.Root(f).DescendantNodes().OfType<InvocationExpressionSyntax>())
            .Where(c => CsNames.Name(c) == "UseStartup").SelectMany(CsNames.TypeArguments).Append("Startup").ToHashSet(StringComparer.Ordinal);
        foreach (var doc in web)
        {
            Index(doc, methods, entries, startupNames);
        }

        var pipeline = new List<CsCall>();
        var expanded = new HashSet<SyntaxNode>();
        foreach (var (doc, body, _) in entries)
        {
            Walk(doc, body, methods, expanded, pipeline, 0);
        }

        var webCalls = web.SelectMany(d => CsSyntax.Root(d).DescendantNodes().OfType<InvocationExpressionSyntax>().Select(c => new CsCall(d, c, CsNames.Name(c)))).ToList();
        return new CsApp(projects, code, web, [.. entries.Select(e => $"{e.Doc.Path} ({e.Kind})").Distinct()], [.. entries.Select(e => e.Doc.Path).Distinct()], pipeline, webCalls);
    }

    private static void Index(SourceDocument doc, Dictionary<string, List<(SourceDocument, SyntaxNode)>> methods,
        List<(SourceDocument, SyntaxNode, string)> entries, HashSet<string> startupNames)
    {
        var root = (CompilationUnitSyntax)CsSyntax.Root(doc);
        foreach (var statement in root.Members.OfType<GlobalStatementSyntax>())
        {
            // A local function at top level runs only when called, so it is indexed like a method.
            if (statement.Statement is LocalFunctionStatementSyntax local && ((SyntaxNode?)local.Body ?? local.ExpressionBody) is { } localBody)
            {
                Add(methods, local.Identifier.ValueText, doc, localBody);
            }
            else
            {
                entries.Add((doc, statement, "top-level statements"));
            }
        }

        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            if (body is null)
            {
                continue;
            }

            var name = method.Identifier.ValueText;
            var type = method.Parent as TypeDeclarationSyntax;
            if (name == "Main" && method.Modifiers.Any(m => m.ValueText == "static") && doc.Content.Contains("Build", StringComparison.Ordinal))
            {
                entries.Add((doc, body, "Main"));
            }
            else if (type is not null && startupNames.Contains(type.Identifier.ValueText) && name is "ConfigureServices" or "Configure")
            {
                entries.Add((doc, body, $"{type.Identifier.ValueText}.{name}"));
            }

            Add(methods, name, doc, body);
        }
    }

    private static void Add(Dictionary<string, List<(SourceDocument, SyntaxNode)>> methods, string name, SourceDocument doc, SyntaxNode body)
    {
        if (!methods.TryGetValue(name, out var list))
        {
            methods[name] = list = [];
        }

        list.Add((doc, body));
    }

    /// <summary>Appends the calls of <paramref name="body"/> in source order, expanding each repository method once, at its first call.</summary>
    private static void Walk(SourceDocument doc, SyntaxNode body, Dictionary<string, List<(SourceDocument Doc, SyntaxNode Body)>> methods,
        HashSet<SyntaxNode> expanded, List<CsCall> pipeline, int depth)
    {
        var calls = body.DescendantNodes().OfType<InvocationExpressionSyntax>().OrderBy(c => CsNames.NameToken(c)?.SpanStart ?? c.SpanStart);
        foreach (var call in calls)
        {
            var name = CsNames.Name(call);
            pipeline.Add(new CsCall(doc, call, name));
            if (depth >= MaxDepth || !methods.TryGetValue(name, out var targets))
            {
                continue;
            }

            foreach (var target in targets.Where(t => expanded.Add(t.Body)))
            {
                Walk(target.Doc, target.Body, methods, expanded, pipeline, depth + 1);
            }
        }
    }

    /// <summary>The deepest project whose folder holds the path.</summary>
    private static CsProjectFile? Owner(IReadOnlyList<CsProjectFile> projects, string path) =>
        projects.Where(p => CsPaths.IsUnder(path, p.Folder)).OrderByDescending(p => p.Folder.Length).FirstOrDefault();

    /// <summary>Web projects and, transitively, the non-test projects they reference.</summary>
    private static HashSet<string> WebClosure(IReadOnlyList<CsProjectFile> projects)
    {
        var byPath = projects.ToDictionary(p => p.Path, StringComparer.OrdinalIgnoreCase);
        var closure = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<CsProjectFile>(projects.Where(p => p.IsWeb && !p.IsTest));
        while (queue.Count > 0)
        {
            var project = queue.Dequeue();
            if (!closure.Add(project.Path))
            {
                continue;
            }

            foreach (var reference in project.References)
            {
                if (byPath.TryGetValue(reference, out var referenced) && !referenced.IsTest)
                {
                    queue.Enqueue(referenced);
                }
            }
        }

        return closure;
    }
}
