namespace Scanner.Checklist.Claims;

/// <summary>An application stack a line can name and a probe can belong to; stack-neutral probes have none.</summary>
public enum Ecosystem
{
    Node,
    Python,
    DotNet,
}
