namespace Scanner.Probes.Runtime;

/// <summary>The outcome of asking the engine about an image: its facts, or why runtime checks were skipped.</summary>
public sealed record ImageInspection(string Reference, ImageFacts? Facts, string? SkipReason)
{
    public static ImageInspection Skipped(string reference, string reason) => new(reference, null, reason);

    /// <summary>Where findings about the image point: a pseudo-path naming it, since it has no file.</summary>
    public string Location => $"image:{Reference}";
}
