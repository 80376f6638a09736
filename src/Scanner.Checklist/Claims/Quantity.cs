namespace Scanner.Checklist.Claims;

/// <summary>
/// A number a line states about its subject: a rate ("100 requests per 15 minutes": <see cref="Amount"/> 100 per
/// <see cref="Seconds"/> 900) or a size ("10MB": <see cref="Bytes"/>), with the words it was read from.
/// </summary>
public sealed record Quantity(string Text, double? Amount = null, double? Seconds = null, double? Bytes = null)
{
    public bool IsRate => Amount is not null && Seconds is not null;

    public bool IsSize => Bytes is not null;
}
