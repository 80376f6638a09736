using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Ci;

/// <summary>One step or script line that builds or pushes an image, and whether its pipeline runs on its own.</summary>
internal sealed record ImageStep(SourceDocument Doc, int Line, string Text, bool Automatic)
{
    public Finding Located(ProbeContext context, Outcome outcome, string message) =>
        context.AtLine(outcome, Doc, Line, $"{Doc.Path}: {message}");
}
