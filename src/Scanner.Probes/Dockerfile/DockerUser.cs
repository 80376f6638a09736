using Scanner.Core.Parsing.Docker;

namespace Scanner.Probes.Dockerfile;

/// <summary>Resolves a USER value (names, numeric UIDs, <c>user:group</c>, <c>$VAR</c> from ARG/ENV) to root or not.</summary>
public static class DockerUser
{
    /// <summary>Base images whose default user is not root.</summary>
    private static readonly string[] NonRootBaseMarkers = [":nonroot", "-nonroot", "unprivileged", "rootless", "cgr.dev/chainguard/", "bitnami/"];

    /// <summary>True for root, false for another user, null when a variable has no value to resolve.</summary>
    public static bool? IsRoot(string value, IReadOnlyDictionary<string, string?> vars)
    {
        var resolved = DockerVariables.Expand(value.Trim(), vars);
        return resolved is null ? null : IsRoot(resolved);
    }

    /// <summary>An image config's or a resolved USER's value: empty, "root" and UID 0 all mean root.</summary>
    public static bool IsRoot(string resolved)
    {
        var user = resolved.Split(':')[0].Trim();
        return user.Length == 0 || user == "root" || (long.TryParse(user, out var uid) && uid == 0);
    }

    public static bool IsNonRootBase(string image)
    {
        var lower = image.ToLowerInvariant();
        return NonRootBaseMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal));
    }
}
