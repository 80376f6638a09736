using Scanner.Core.Workspaces;

namespace Scanner.Core.Engine;

/// <summary>
/// A structure the probes of one ecosystem share (syntax trees, a module graph), each cached where it is defined.
/// The engine builds it once before the probes run, in parallel and timed as its own phase, instead of inside
/// whichever probe happens to ask first while the others wait for it.
/// </summary>
/// <param name="Ecosystem">The cards' ecosystem whose probes use it: it is built only when one of them runs, on the view they see.</param>
/// <param name="Name">How <c>--timings</c> names it.</param>
/// <param name="Build">Fills the cache; the probes then read it.</param>
public sealed record SharedAnalysis(string Ecosystem, string Name, Action<Workspace, ParallelOptions> Build);
