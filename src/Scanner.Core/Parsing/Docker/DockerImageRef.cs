namespace Scanner.Core.Parsing.Docker;

/// <summary>An image reference split into repository, tag and digest (<c>registry:5000/team/app:1.2@sha256:…</c>).</summary>
public sealed record DockerImageRef(string Repository, string? Tag, string? Digest)
{
    public bool IsScratch => Repository.Equals("scratch", StringComparison.OrdinalIgnoreCase);

    public bool IsLatestOrUntagged => Digest is null && (Tag is null || Tag.Equals("latest", StringComparison.OrdinalIgnoreCase));

    public static DockerImageRef Parse(string reference)
    {
        var value = reference.Trim();
        string? digest = null;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = value[(at + 1)..];
            value = value[..at];
        }

        var colon = value.LastIndexOf(':');
        return colon > value.LastIndexOf('/')
            ? new DockerImageRef(value[..colon], value[(colon + 1)..], digest)
            : new DockerImageRef(value, null, digest);
    }

    public override string ToString() => Repository + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest);
}
