namespace Scanner.Probes.JavaScript.Modules;

/// <summary>How a module is reached: from a production entry point, only from tests, or not at all.</summary>
public enum ModuleRole
{
    Unreachable,
    Test,
    Production,
}
