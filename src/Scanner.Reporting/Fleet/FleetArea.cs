namespace Scanner.Reporting.Fleet;

/// <summary>One readiness area of one repository, as its scan scored it; no percent when nothing in it could be judged.</summary>
public sealed record FleetArea(string Area, int? Percent, int Met, int Unmet, int Unknown)
{
    public string PercentText => Percent is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) + " %" : "n/a";
}
