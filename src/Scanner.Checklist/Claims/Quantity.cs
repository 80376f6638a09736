namespace Scanner.Checklist.Claims;

/// <summary>
/// A number a line states about its subject: a rate ("100 requests per 15 minutes": <see cref="Amount"/> 100 per
/// <see cref="Seconds"/> 900), a size ("10MB": <see cref="Bytes"/>) or a length in characters ("12+ chars":
/// <see cref="Characters"/>) or a duration ("30-minute expiration": <see cref="Lifetime"/> 1800 seconds), with the words
/// it was read from.
/// </summary>
public sealed record Quantity(string Text, double? Amount = null, double? Seconds = null, double? Bytes = null, int? Characters = null, double? Lifetime = null)
{
    public bool IsRate => Amount is not null && Seconds is not null;

    public bool IsSize => Bytes is not null;

    public bool IsLength => Characters is not null;

    public bool IsLifetime => Lifetime is not null;
}
