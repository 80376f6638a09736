namespace Scanner.Core.Model;

public enum Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}
