using System.Text.RegularExpressions;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Text;

namespace Scanner.Probes.Ci;

/// <summary>What pushing a container image, building one and logging in to a registry look like in CI commands and GitHub actions.</summary>
internal static partial class ImagePushes
{
    private static readonly string[] PushActions =
    [
        "redhat-actions/push-to-registry", "elgohr/publish-docker-github-action", "mr-smithers-excellent/docker-build-push",
        "kciter/aws-ecr-action", "appleboy/docker-ecr-action",
    ];

    private static readonly string[] PushWhenAsked = ["docker/build-push-action", "docker/bake-action"];

    private static readonly string[] LoginActions = ["docker/login-action", "aws-actions/amazon-ecr-login", "redhat-actions/podman-login", "azure/docker-login"];

    /// <summary>Words in an action's name that say it may push an image this probe cannot see into.</summary>
    private static readonly string[] MayPush = ["docker", "container", "image", "registry", "ecr", "gcr", "acr", "ghcr", "publish", "push", "release", "deploy", "kaniko", "buildah"];

    /// <summary>Keywords every push, build or login command holds, checked before any regex runs.</summary>
    public static bool Mentions(string text) =>
        text.Contains("push", StringComparison.Ordinal) || text.Contains("ko ", StringComparison.Ordinal) || text.Contains("jib", StringComparison.Ordinal)
        || text.Contains("kaniko", StringComparison.Ordinal) || text.Contains("submit", StringComparison.Ordinal) || text.Contains("acr", StringComparison.Ordinal)
        || text.Contains("skopeo", StringComparison.Ordinal) || text.Contains("crane", StringComparison.Ordinal) || text.Contains("publish", StringComparison.Ordinal)
        || text.Contains("registry", StringComparison.Ordinal) || text.Contains("login", StringComparison.Ordinal) || text.Contains("configure-docker", StringComparison.Ordinal);

    public static bool IsPushCommand(string text) =>
        Mentions(text) && Push().IsMatch(text) && !text.Contains("--no-push", StringComparison.Ordinal)
        && !(text.Contains("ko ", StringComparison.Ordinal) && (text.Contains("--local", StringComparison.Ordinal) || text.Contains("--push=false", StringComparison.Ordinal)));

    public static bool IsLoginCommand(string text) => Mentions(text) && Login().IsMatch(text);

    /// <summary>Whether a step's action pushes: always (a push action), when its <c>push:</c> input is true or an expression, or not.</summary>
    public static bool IsPushStep(string action, YamlNode step) =>
        PushActions.Contains(action, StringComparer.Ordinal)
        || (PushWhenAsked.Contains(action, StringComparer.Ordinal) && step.At("with", "push")?.Text is { } push
            && (push.Equals("true", StringComparison.OrdinalIgnoreCase) || push.Contains("${{", StringComparison.Ordinal)))
        || (PushWhenAsked.Contains(action, StringComparer.Ordinal) && step.At("with", "outputs")?.Text.Contains("registry", StringComparison.Ordinal) == true);

    public static bool IsLoginAction(string action) => LoginActions.Contains(action, StringComparer.Ordinal);

    /// <summary>
    /// An action or another repository's workflow this probe cannot read whose name says it may push an image; the
    /// repository's own workflows (<c>./.github/workflows/…</c>) are read with the rest.
    /// </summary>
    public static bool MayPushUnseen(string uses)
    {
        var lower = uses.ToLowerInvariant();
        return !lower.StartsWith("./.github/workflows/", StringComparison.Ordinal)
            && (lower.Contains(".github/workflows/", StringComparison.Ordinal)
                || (!lower.StartsWith("actions/", StringComparison.Ordinal) && MayPush.Any(w => lower.Contains(w, StringComparison.Ordinal))));
    }

    private static Regex Push() => LinearRegex.Pick(PushCompiled());

    private static Regex Login() => LinearRegex.Pick(LoginCompiled());

    [GeneratedRegex(@"\b(docker\s+(image\s+)?push|(docker|podman)\s+(buildx\s+)?(build|bake)\b[^\n]*\s--push\b|--output[= ][^\n]*type=registry|(docker\s+compose|docker-compose)\s+push|podman\s+push|buildah\s+push|skopeo\s+copy|crane\s+(push|copy)|ko\s+(build|publish|resolve|apply)\b|jib:build|gradlew?\s+[^\n]*\bjib\b|pack\s+build\b[^\n]*\s--publish|gcloud\s+builds\s+submit|az\s+acr\s+build|kaniko/executor|executor\s+[^\n]*--destination)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PushCompiled();

    [GeneratedRegex(@"\b((docker|podman|buildah|helm\s+registry)\s+login|gcloud\s+auth\s+configure-docker|az\s+acr\s+login|aws\s+ecr\s+get-login)", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex LoginCompiled();
}
