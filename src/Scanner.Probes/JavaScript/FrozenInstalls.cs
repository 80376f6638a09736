using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Installs that refuse to run without their lockfile (<c>npm ci</c>; yarn with <c>--frozen-lockfile</c> or
/// <c>--immutable</c>; pnpm and bun with <c>--frozen-lockfile</c>). In a repository that commits none of the lockfiles
/// such a command reads, the step cannot succeed: the absence is proven across the whole tree, so a lockfile in
/// another folder (a workspace root, the folder a Dockerfile copies from) still counts.
/// </summary>
public static partial class FrozenInstalls
{
    /// <summary>Why <paramref name="command"/> cannot run in this repository, or null when it can (or is no frozen install).</summary>
    public static string? MissingLockfile(Workspace workspace, string command)
    {
        (string Tool, string[] Lockfiles)? frozen = NpmCi().IsMatch(command) ? ("npm ci", ["package-lock.json", "npm-shrinkwrap.json"])
            : YarnFrozen().IsMatch(command) ? ("yarn's frozen install", ["yarn.lock"])
            : PnpmFrozen().IsMatch(command) ? ("pnpm's frozen install", ["pnpm-lock.yaml"])
            : BunFrozen().IsMatch(command) ? ("bun's frozen install", ["bun.lock", "bun.lockb"])
            : null;
        if (frozen is not { } f)
        {
            return null;
        }

        return workspace.Files.Any(file => f.Lockfiles.Contains(file.Path[(file.Path.LastIndexOf('/') + 1)..], StringComparer.Ordinal))
            ? null
            : $"{f.Tool} needs {string.Join(" or ", f.Lockfiles)} and the repository commits none: the install fails";
    }

    [GeneratedRegex(@"\bnpm\s+(?:ci|clean-install)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex NpmCiCompiled();
    private static Regex NpmCi() => LinearRegex.Pick(NpmCiCompiled());

    [GeneratedRegex(@"\byarn\b[^\n&;|]*--(?:frozen-lockfile|immutable)\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex YarnFrozenCompiled();
    private static Regex YarnFrozen() => LinearRegex.Pick(YarnFrozenCompiled());

    [GeneratedRegex(@"\bpnpm\s+(?:install|i)\b[^\n&;|]*--frozen-lockfile\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PnpmFrozenCompiled();
    private static Regex PnpmFrozen() => LinearRegex.Pick(PnpmFrozenCompiled());

    [GeneratedRegex(@"\bbun\s+(?:install|i)\b[^\n&;|]*--frozen-lockfile\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex BunFrozenCompiled();
    private static Regex BunFrozen() => LinearRegex.Pick(BunFrozenCompiled());
}
