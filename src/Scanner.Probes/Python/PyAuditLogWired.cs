using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// The app's audit-log writer runs: a class or function named for auditing (<c>AuditRecord</c>,
/// <c>RequestAuditMiddleware</c>, <c>audit_admin_action</c>, <c>record_audit_event</c>) is used (called, applied as a
/// decorator, registered as middleware) in a module reachable from the app's entry. Defined but used only in modules nothing
/// imports, or never used at all, it fails as not wired in. An app with no such names is left undecided, since
/// audit events can be written through a plain logger.
/// </summary>
public sealed partial class PyAuditLogWired : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path)).ToList();
        var definitions = docs.Where(MayDefine).SelectMany(d => PyCode.Matches(d, Definition(), "def").Concat(PyCode.Matches(d, Definition(), "class"))
            .DistinctBy(m => m.Index).Select(m => (Doc: d, m.Index, Name: m.Groups["name"].Value))).ToList();
        if (definitions.Count == 0)
        {
            return [context.Inconclusive("no audit-log writer by name (AuditRecord, audit_event, action_log ...); audit events may still go through a plain logger")];
        }

        var names = definitions.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var uses = docs.SelectMany(d => Uses(d, names)).ToList();
        var reached = uses.Where(u => graph.Reach(u.Doc.Path) == PyReach.Reachable).ToList();
        if (reached.Count > 0)
        {
            return [.. reached.DistinctBy(u => u.Doc.Path).Select(u => context.Pass(u.Doc, u.Offset, $"audit log written ({u.What}), wired in{PyVerdict.Via(graph, u.Doc.Path)}"))];
        }

        if (uses.Any(u => graph.Reach(u.Doc.Path) == PyReach.Unknown))
        {
            return [context.Inconclusive("audit-log writers are used, but no app entry was found to tell whether that code runs")];
        }

        return [.. definitions.Select(d => context.Fail(d.Doc, d.Index, Unwired(d.Name, uses.Where(u => u.What == d.Name).Select(u => u.Doc.Path))))];
    }

    private static string Unwired(string name, IEnumerable<string> usedIn)
    {
        var files = usedIn.Distinct().Order(StringComparer.Ordinal).ToList();
        return files.Count == 0
            ? $"{name} is defined but never used: nothing writes the audit log through it"
            : $"{name} is used only in modules no app entry imports ({string.Join(", ", files.Take(3))}{(files.Count > 3 ? $" and {files.Count - 3} more" : "")}): present but not wired in";
    }

    private static IEnumerable<PyHit> Uses(SourceDocument doc, IReadOnlySet<string> names)
    {
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            for (var at = doc.Content.IndexOf(name, StringComparison.Ordinal); at >= 0; at = doc.Content.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                var whole = (at == 0 || !IsNameChar(doc.Content[at - 1])) && (end >= doc.Content.Length || !IsNameChar(doc.Content[end]));
                if (whole && doc.Regions.KindAt(at) == RegionKind.Code && !PyCode.OnImportLine(doc, at) && !OnDefinitionLine(doc, at))
                {
                    yield return new PyHit(doc, at, name);
                }
            }
        }
    }

    private static bool MayDefine(SourceDocument doc) =>
        IgnoreCaseSearch.Contains(doc.Content, "audit") || IgnoreCaseSearch.Contains(doc.Content, "action_log") || IgnoreCaseSearch.Contains(doc.Content, "actionlog");

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool OnDefinitionLine(SourceDocument doc, int offset)
    {
        var line = doc.Text.Line(doc.Text.LineOf(offset)).TrimStart();
        return line.StartsWith("def ") || line.StartsWith("class ") || line.StartsWith("async def ");
    }

    // class AuditRecord / class RequestAuditMiddleware / def audit_admin_action / def record_audit_event.
    [GeneratedRegex(@"^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+(?<name>\w*(?:[Aa]udit|[Aa]ction_?[Ll]og)\w*)", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DefinitionCompiled();
    private static Regex Definition() => LinearRegex.Pick(DefinitionCompiled());
}
