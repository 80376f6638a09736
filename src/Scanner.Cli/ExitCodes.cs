namespace Scanner.Cli;

/// <summary>What the process exit code means, so CI can gate on it.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int GateFailed = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
}
