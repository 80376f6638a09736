namespace Scanner.Checklist.Claims.Artifacts;

/// <summary>What a checklist line names that can be looked up in the repository (TRUTH.md §4).</summary>
public enum ArtifactKind
{
    /// <summary>A file or folder: <c>`lib/security/csrf.ts`</c>, "robots.txt", <c>`.env.example`</c>.</summary>
    File,

    /// <summary>A package pinned to a version: <c>`stripe==5.11.0`</c>, <c>`zod@3.22.4`</c>.</summary>
    PackagePin,

    /// <summary>An environment variable the code is said to read: <c>STRIPE_SECRET_KEY</c>.</summary>
    EnvVar,

    /// <summary>A statement or call: <c>`import traceback`</c>, <c>`revalidatePath()`</c>.</summary>
    Code,

    /// <summary>A data store or broker named as the mechanism: "Redis for session storage", "Migrate to PostgreSQL".</summary>
    Technology,

    /// <summary>A framework setting named in prose: "Standalone output" is <c>output: 'standalone'</c> in next.config.</summary>
    Setting,

    /// <summary>A value said to come from the environment, named in words: "SendGrid API key in an environment variable".</summary>
    EnvSourced,
}
