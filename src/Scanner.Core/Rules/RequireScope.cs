namespace Scanner.Core.Rules;

/// <summary>Whether a required pattern must appear in some file of the probe's scope or in each of them.</summary>
public enum RequireScope
{
    AnyFile,
    EachFile,
}
