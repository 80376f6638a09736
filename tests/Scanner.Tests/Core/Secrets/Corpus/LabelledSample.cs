namespace Scanner.Tests.Core.Secrets.Corpus;

/// <summary>
/// One labelled line in a file: a true secret (<see cref="Planted"/> is the secret text placed in the line, and
/// <see cref="Kind"/> the kind it is) or a hard negative (both null). <see cref="Blind"/> samples were written
/// after the detector was tuned and never used to change it.
/// </summary>
internal sealed record LabelledSample(string Id, string Path, string Text, string? Kind = null, string? Planted = null)
{
    public bool Blind { get; init; }

    public bool IsSecret => Planted is not null;

    public override string ToString() => $"{Id} {Path}";
}
