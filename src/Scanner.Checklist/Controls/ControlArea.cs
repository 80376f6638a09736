namespace Scanner.Checklist.Controls;

/// <summary>The part of readiness a control belongs to; reports group by it.</summary>
public enum ControlArea
{
    Security,
    Reliability,
    Operations,
    Quality,
    Data,
    Performance,
    Docs,
}
