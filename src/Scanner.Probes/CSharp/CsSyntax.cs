using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scanner.Core.Engine;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// The Roslyn syntax tree of a C# file, parsed at most once per document and shared by every C# probe. Only
/// syntax: the target is never compiled, restored or built.
/// </summary>
public static class CsSyntax
{
    /// <summary>
    /// Deeper syntax than this is not judged: probes look up and down the tree from each call, which grows with the
    /// square of the depth (a 5,000-call chain took 7 s, 50,000 over ten minutes). Real code stays far below it.
    /// </summary>
    public const int MaxDepth = 1000;

    private static readonly ConditionalWeakTable<SourceDocument, Lazy<(SyntaxTree Tree, string? Refusal)>> Trees = [];

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);

    /// <summary>
    /// The file's tree; throws <see cref="WorkBudgetException"/> when it nests past <see cref="MaxDepth"/> or parsing
    /// it ran past the per-file time budget (<see cref="FileBudget"/>). Either is remembered, so every C# probe says
    /// the same about the file.
    /// </summary>
    public static SyntaxTree Tree(SourceDocument doc)
    {
        var parsed = Parsed(doc);
        return parsed.Refusal is { } refusal ? throw new WorkBudgetException(doc.Path, refusal) : parsed.Tree;
    }

    public static SyntaxNode Root(SourceDocument doc) => Tree(doc).GetRoot();

    /// <summary>Parses every C# file of the workspace on all cores, refusals remembered as <see cref="Tree"/> does.</summary>
    public static void ParseAll(Workspace workspace, ParallelOptions parallel) =>
        Parallel.ForEach(workspace.Files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal)), parallel, file =>
        {
            if (workspace.Read(file) is { } doc)
            {
                _ = Parsed(doc);
            }
        });

    private static (SyntaxTree Tree, string? Refusal) Parsed(SourceDocument doc) =>
        Trees.GetValue(doc, d => new Lazy<(SyntaxTree, string?)>(() => Parse(d))).Value;

    private static (SyntaxTree, string?) Parse(SourceDocument doc)
    {
        var tooDeep = string.Create(CultureInfo.InvariantCulture, $"C# syntax nested more than {MaxDepth:N0} levels deep");

        // Roslyn itself needs about 40 s for 20,000 nested parentheses, so bracket depth is checked before parsing.
        if (BracketsNestDeeperThan(doc.Content, MaxDepth))
        {
            return (CSharpSyntaxTree.ParseText("", Options, doc.Path), tooDeep);
        }

        using var budget = FileBudget.Source();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var tree = CSharpSyntaxTree.ParseText(doc.Content, Options, doc.Path, cancellationToken: budget.Token);
            var deep = NestsDeeperThan(tree.GetRoot(budget.Token), MaxDepth, budget.Token);

            // The token's timer may fire late on a busy thread pool; the clock decides the same way either way.
            return clock.Elapsed > FileBudget.Current
                ? (CSharpSyntaxTree.ParseText("", Options, doc.Path), FileBudget.Exceeded(doc.Path).Reason)
                : (tree, deep ? tooDeep : null);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return (CSharpSyntaxTree.ParseText("", Options, doc.Path), FileBudget.Exceeded(doc.Path).Reason);
        }
    }

    /// <summary>
    /// How deep ( [ { nest, skipping quoted literals and line comments: one pass over the text. A bracket inside a
    /// verbatim or raw string can only make a file look deeper than it is, never shallower.
    /// </summary>
    private static bool BracketsNestDeeperThan(string text, int limit)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{' when ++depth > limit:
                    return true;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"' or '\'':
                    i = SkipLiteral(text, i);
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = text.IndexOf('\n', i) is var end && end < 0 ? text.Length : end;
                    break;
            }
        }

        return false;
    }

    private static int SkipLiteral(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[open] || text[i] == '\n')
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>An explicit stack, not recursion: the depth being measured is what would overflow a recursive walk.</summary>
    private static bool NestsDeeperThan(SyntaxNode root, int limit, CancellationToken budget)
    {
        var stack = new Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 0));
        for (var seen = 0; stack.Count > 0; seen++)
        {
            if ((seen & 0xFFF) == 0)
            {
                budget.ThrowIfCancellationRequested();
            }

            var (node, depth) = stack.Pop();
            if (depth > limit)
            {
                return true;
            }

            foreach (var child in node.ChildNodes())
            {
                stack.Push((child, depth + 1));
            }
        }

        return false;
    }
}
