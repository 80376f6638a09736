namespace Scanner.Core.Rules;

/// <summary>Every problem found in a set of cards, each naming its card file, reported at once.</summary>
public sealed class CardLoadException : Exception
{
    public CardLoadException()
        : this([])
    {
    }

    public CardLoadException(string message)
        : this([message])
    {
    }

    public CardLoadException(string message, Exception inner)
        : base(message, inner)
    {
        Errors = [message];
    }

    public CardLoadException(IReadOnlyList<string> errors)
        : base(errors.Count == 1 ? errors[0] : $"{errors.Count} problems in rule cards:\n  " + string.Join("\n  ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
