using System.Reflection;

namespace Scanner.Probes;

/// <summary>The assembly that carries the default cards (embedded from rules/) and their code probes.</summary>
public static class DefaultProbes
{
    public static Assembly Assembly => typeof(DefaultProbes).Assembly;
}
