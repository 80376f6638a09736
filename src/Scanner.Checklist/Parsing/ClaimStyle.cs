namespace Scanner.Checklist.Parsing;

/// <summary>How the claim was written, so reports can quote it back the way the author wrote it.</summary>
public enum ClaimStyle
{
    Checkbox,
    StatusMarker,
    StatusLine,
    Strikethrough,
    Text,
}
