using System.Text.RegularExpressions;
using Scanner.Core.Parsing.Docker;

namespace Scanner.Probes.Dockerfile;

/// <summary>Resolves a USER value (names, UIDs, <c>user:group</c>, <c>$VAR</c> from ARG/ENV defaults) to root or not.</summary>
public static partial class DockerUser
{
    /// <summary>True for root, false for another user, null when a variable has no default to resolve.</summary>
    public static bool? IsRoot(string value, IReadOnlyList<DockerInstruction> scope)
    {
        var resolved = Expand(value.Trim(), scope);
        if (resolved is null)
        {
            return null;
        }

        var user = resolved.Split(':')[0].Trim();
        return user is "root" or "0" || user.Length == 0;
    }

    private static string? Expand(string value, IReadOnlyList<DockerInstruction> scope)
    {
        string? unresolved = null;
        var expanded = Variable().Replace(value, m =>
        {
            var name = m.Groups["name"].Value;
            var fallback = m.Groups["default"].Success ? m.Groups["default"].Value : null;
            var found = DefaultOf(name, scope) ?? fallback;
            unresolved ??= found is null ? name : null;
            return found ?? "";
        });
        return unresolved is null ? expanded : null;
    }

    /// <summary>The last ARG/ENV default for a name in the scope (global ARGs then the stage's instructions).</summary>
    private static string? DefaultOf(string name, IReadOnlyList<DockerInstruction> scope)
    {
        string? value = null;
        foreach (var instruction in scope.Where(i => i.Keyword is "ARG" or "ENV"))
        {
            var m = Assignment().Match(instruction.Arguments);
            if (m.Success && m.Groups["name"].Value == name && m.Groups["value"].Success)
            {
                value = m.Groups["value"].Value.Trim('"', '\'');
            }
        }

        return value;
    }

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::?-(?<default>[^}]*))?\}?", RegexOptions.None, 100)]
    private static partial Regex Variable();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:\s*=\s*|\s+)(?<value>\S.*)?$", RegexOptions.None, 100)]
    private static partial Regex Assignment();
}
