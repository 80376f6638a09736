using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Compose;

/// <summary>Every long-running service runs with <c>read_only: true</c>, writable paths given as tmpfs or volumes.</summary>
public sealed class ComposeReadOnlyRootFilesystem : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => s.IsOneShot ? [] : [Judge(context, s)], "no long-running compose service");

    private static Finding Judge(ProbeContext context, ComposeService service) =>
        service.Entry("read_only") is { } readOnly && readOnly.Value.IsTrue
            ? context.AtLine(Outcome.Pass, service.Doc, readOnly.Line, $"{service.Name} runs with a read-only root filesystem")
            : context.AtLine(Outcome.Fail, service.Doc, service.Entry("read_only")?.Line ?? service.Line,
                $"{service.Name} does not set read_only: true, so a compromised process can rewrite the container's binaries and configuration");
}
