using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Whether a declared npm package is used at all: imported by any module (wired in or not), named by a script, or
/// named by any other file that is not a manifest, a lockfile or prose (a config that loads it as a plugin by name).
/// Only a package nothing anywhere names is "installed, never used"; tools run through a differently named binary
/// (typescript as tsc) are never judged so.
/// </summary>
internal static class JsPackageMentions
{
    private static readonly HashSet<string> Tools = new(StringComparer.Ordinal)
    {
        "typescript", "eslint", "jest", "vitest", "mocha", "cypress", "playwright", "@playwright/test", "prisma",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock",
    };

    private static readonly string[] ProseExtensions = [".md", ".mdx", ".txt", ".rst", ".adoc"];

    /// <summary>True when nothing in the tree imports or names any of <paramref name="names"/>; false for tools.</summary>
    public static bool NeverUsed(Workspace workspace, ModuleGraph graph, IReadOnlySet<string> names)
    {
        // A type-only import uses the package too: only "nothing at all" is an absence.
        if (names.Any(Tools.Contains) || graph.Modules.Any(d => graph.ImportsOf(d.Path).Any(i => names.Contains(JsImports.PackageOf(i.Import.Specifier)))))
        {
            return false;
        }

        if (graph.Manifests.Any(m => m.Scripts.Values.Any(s => names.Any(n => Names(s, n)))))
        {
            return false;
        }

        foreach (var file in workspace.Files)
        {
            var name = file.Path[(file.Path.LastIndexOf('/') + 1)..];
            if (Skipped.Contains(name) || ProseExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (workspace.Read(file) is { } doc && names.Any(n => Names(doc.Content, n)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name as a whole package name: not part of a longer one ("next-auth" is not in "next-auth-extra").</summary>
    private static bool Names(string text, string package) =>
        Occurs(text, package, StringComparison.Ordinal, c => char.IsLetterOrDigit(c) || c is '-' or '_' or '@', c => char.IsLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// Whether <paramref name="name"/> stands in <paramref name="text"/> with no character joining it on either side:
    /// what joins a name differs between code (a package name runs on through '-') and manifests of other ecosystems.
    /// </summary>
    public static bool Occurs(string text, string name, StringComparison comparison, Func<char, bool> joinsBefore, Func<char, bool> joinsAfter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(joinsBefore);
        ArgumentNullException.ThrowIfNull(joinsAfter);
        for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + name.Length >= text.Length ? ' ' : text[at + name.Length];
            if (!joinsBefore(before) && !joinsAfter(after))
            {
                return true;
            }
        }

        return false;
    }
}
