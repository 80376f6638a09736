using System.Text.Json;
using Scanner.Core.Engine;

namespace Scanner.Probes.Ci;

/// <summary>
/// Whether a missing step is a gap at all: a type check needs a language whose types a separate checker reads
/// (TypeScript, or Python set up for mypy or pyright; C#'s compiler checks types in the build), and a build step needs
/// something to build (a package.json build script, TypeScript, a compiled language). Plain JavaScript or Python has
/// neither, so their absence is not applicable, not a failure.
/// </summary>
internal static class CiStepApplicability
{
    private static readonly string[] CompiledManifests = ["go.mod", "Cargo.toml", "pom.xml", "build.gradle", "build.gradle.kts"];

    /// <summary>Why the step kind does not apply to this tree, or null when it does.</summary>
    public static string? NotApplicable(CiStepKind kind, ProbeContext context)
    {
        var paths = context.Workspace.Files.Select(f => f.Path).ToList();
        return kind.ProbeId switch
        {
            "ci-runs-type-check" when !paths.Any(IsTypeScript) && !paths.Any(IsTypedPythonConfig) =>
                "no TypeScript and no Python type-checker configuration: nothing for a separate type check to read (compilers such as C#'s check types in the build)",
            "ci-builds" when !paths.Any(IsTypeScript) && !paths.Any(IsCompiled) && !HasBuildScript(context) =>
                "nothing to build: no package.json build script, no TypeScript and no compiled language",
            _ => null,
        };
    }

    private static bool IsTypeScript(string path) =>
        Name(path) == "tsconfig.json" || ((path.EndsWith(".ts", StringComparison.Ordinal) || path.EndsWith(".tsx", StringComparison.Ordinal)) && !path.EndsWith(".d.ts", StringComparison.Ordinal));

    private static bool IsTypedPythonConfig(string path) => Name(path) is "mypy.ini" or ".mypy.ini" or "pyrightconfig.json";

    private static bool IsCompiled(string path) =>
        path.EndsWith(".csproj", StringComparison.Ordinal) || path.EndsWith(".fsproj", StringComparison.Ordinal) || path.EndsWith(".sln", StringComparison.Ordinal)
        || path.EndsWith(".slnx", StringComparison.Ordinal) || CompiledManifests.Contains(Name(path));

    private static bool HasBuildScript(ProbeContext context) =>
        context.Workspace.Files.Where(f => Name(f.Path) == "package.json" && !f.Path.Contains("node_modules/", StringComparison.Ordinal))
            .Any(f => context.Workspace.Read(f) is { } doc && DeclaresBuild(doc.Content));

    private static bool DeclaresBuild(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("scripts", out var scripts)
                && scripts.ValueKind == JsonValueKind.Object && scripts.EnumerateObject().Any(s => s.Name == "build" || s.Name.StartsWith("build:", StringComparison.Ordinal));
        }
        catch (JsonException)
        {
            // An unreadable package.json may well hold a build script: assume it does rather than call the step unneeded.
            return true;
        }
    }

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];
}
