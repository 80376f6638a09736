using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// An app with EF Core DbContexts keeps migrations in the repository (classes marked <c>[Migration]</c> or a
/// ModelSnapshot), not ignored by .gitignore; <c>Database.EnsureCreated()</c> in shipped code bypasses them and fails
/// (inside an <c>IsDevelopment()</c> check it is development-only and left out).
/// </summary>
public sealed partial class CsEfMigrations : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        var contexts = new List<(SourceDocument Doc, ClassDeclarationSyntax Class)>();
        var migrations = new List<(SourceDocument Doc, ClassDeclarationSyntax Class)>();
        var findings = new List<Finding>();
        foreach (var doc in app.CodeFiles.Where(d => context.Card.Files.Matches(d.Path) && (d.Content.Contains("DbContext", StringComparison.Ordinal) || d.Content.Contains("Migration", StringComparison.Ordinal) || d.Content.Contains("EnsureCreated", StringComparison.Ordinal))))
        {
            foreach (var type in CsSyntax.Root(doc).DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                var bases = type.BaseList?.Types.Select(t => t.Type.ToString()).ToList() ?? [];
                if (bases.Any(b => b.EndsWith("DbContext", StringComparison.Ordinal) || b.Contains("DbContext<", StringComparison.Ordinal)))
                {
                    contexts.Add((doc, type));
                }

                if (bases.Any(b => b is "Migration" or "ModelSnapshot") || type.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Migration" or "DbContext"))
                {
                    migrations.Add((doc, type));
                }
            }

            // Inside an IsDevelopment() check it is a local convenience production never runs (TRUTH.md §2).
            findings.AddRange(CsSyntax.Root(doc).DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(c => (CsNames.Name(c) == "EnsureCreated" || CsNames.Name(c) == "EnsureCreatedAsync") && !CsNames.InsideDevelopmentCheck(c))
                .Select(c => context.Fail(doc, c.SpanStart, "Database.EnsureCreated() builds the schema without migrations and can never update it")));
        }

        if (contexts.Count == 0)
        {
            return [context.NotApplicable("no EF Core DbContext")];
        }

        findings.AddRange(IgnoredMigrations(context));
        if (migrations.Count > 0)
        {
            var (doc, type) = migrations[0];
            findings.Add(context.Pass(doc, type.Identifier.SpanStart, $"{migrations.Count} migration class(es) for {contexts.Count} DbContext(s)"));
        }
        else
        {
            findings.AddRange(contexts.Select(c => context.Fail(c.Doc, c.Class.Identifier.SpanStart, $"{c.Class.Identifier.ValueText} has no migrations: run dotnet ef migrations add and commit them")));
        }

        return findings;
    }

    private static IEnumerable<Finding> IgnoredMigrations(ProbeContext context)
    {
        foreach (var file in context.Workspace.Files.Where(f => CsPaths.FileName(f.Path) == ".gitignore" && !CsPaths.IsSetAside(f.Path)))
        {
            if (context.Workspace.Read(file) is { } doc && doc.Content.Contains("igrations", StringComparison.Ordinal))
            {
                foreach (Match m in IgnoreRule().Matches(doc.Content))
                {
                    yield return context.Fail(doc, m.Index, "EF Core migrations are ignored by .gitignore: the schema history never reaches the repository");
                }
            }
        }
    }

    [GeneratedRegex(@"^[ \t]*/?(?:[\w*./-]*/)?Migrations(?:/[*]*)?[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex IgnoreRuleCompiled();
    private static Regex IgnoreRule() => LinearRegex.Pick(IgnoreRuleCompiled());
}
