using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Response headers a Next.js app sets itself: in <c>headers()</c> of next.config or in wired-in middleware /
/// proxy code (<c>response.headers.set('Content-Security-Policy', ...)</c>). Only header names written as string
/// literals in code count; a name in a comment does not.
/// </summary>
public static class NextHeaders
{
    public static List<JsEvidence> Find(ModuleGraph graph, string header)
    {
        var found = new List<JsEvidence>();
        foreach (var doc in graph.WiredModules())
        {
            var name = doc.Path[(doc.Path.LastIndexOf('/') + 1)..];
            var candidate = JsServers.IsNextConfig(doc.Path) || name.StartsWith("middleware.", StringComparison.Ordinal) ||
                            name.StartsWith("proxy.", StringComparison.Ordinal);
            if (!candidate)
            {
                continue;
            }

            var at = doc.Content.IndexOf(header, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                if (doc.Regions.KindAt(at) == RegionKind.String && at > 0 && doc.Content[at - 1] is '\'' or '"' or '`')
                {
                    found.Add(new JsEvidence(doc, at, $"{header} header set in {doc.Path}"));
                    break;
                }

                at = doc.Content.IndexOf(header, at + header.Length, StringComparison.OrdinalIgnoreCase);
            }
        }

        return found;
    }
}
