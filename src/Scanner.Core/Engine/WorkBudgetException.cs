namespace Scanner.Core.Engine;

/// <summary>
/// Thrown by shared parsers when a file is past the work they bound themselves to (syntax nested thousands of
/// levels deep makes tree walks quadratic). The engine turns it into an Inconclusive finding and a time-budget note
/// naming the file, as it does for a pattern that runs past its timeout.
/// </summary>
public sealed class WorkBudgetException : Exception
{
    public WorkBudgetException()
    {
    }

    public WorkBudgetException(string message)
        : base(message)
    {
    }

    public WorkBudgetException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public WorkBudgetException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    public string? Path { get; }

    public string Reason { get; } = "";
}
