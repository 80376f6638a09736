namespace Scanner.Cli;

/// <summary>What makes the scan exit 1.</summary>
internal enum FailOn
{
    /// <summary>A checklist line is ticked but the evidence says otherwise.</summary>
    FalseClaim,

    /// <summary>A false claim, or any open (unticked and not done) line.</summary>
    Open,

    /// <summary>Any probe fails, checklist or not.</summary>
    Fail,

    Never,
}
