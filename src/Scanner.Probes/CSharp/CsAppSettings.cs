using System.Text.RegularExpressions;
using Scanner.Core.Secrets;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Reads appsettings*.json as text, line by line (so each value keeps its line): connection strings with a
/// password, values under secret-named keys, and the AllowedHosts setting.
/// </summary>
public static partial class CsAppSettings
{
    public static bool IsSettingsFile(string path)
    {
        var name = CsPaths.FileName(path);
        return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && !CsPaths.IsSetAside(path) && !CsPaths.IsTest(path);
    }

    /// <summary>appsettings.Development.json and friends: local machines, not production.</summary>
    public static bool IsDevelopment(string path)
    {
        var name = CsPaths.FileName(path);
        return name.Contains(".Development.", StringComparison.OrdinalIgnoreCase) || name.Contains(".Local.", StringComparison.OrdinalIgnoreCase)
            || name.Contains(".Test", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The password in a connection string (<c>Password=</c> / <c>Pwd=</c>), unless empty or a placeholder.</summary>
    public static string? ConnectionStringPassword(string value)
    {
        if (!value.Contains('=', StringComparison.Ordinal) || !value.Contains(';', StringComparison.Ordinal))
        {
            return null;
        }

        var m = Password().Match(value);
        return m.Success && !Placeholders.IsPlaceholder(m.Groups["value"].Value, generic: false) ? m.Groups["value"].Value : null;
    }

    public static IEnumerable<(int Offset, string Value, string What)> Secrets(SourceDocument doc)
    {
        foreach (Match m in KeyValue().Matches(doc.Content))
        {
            var key = m.Groups["key"].Value;
            var value = m.Groups["value"].Value;
            if (ConnectionStringPassword(value) is { } password && !(IsDevelopment(doc.Path) && LocalServer().IsMatch(value)))
            {
                yield return (m.Groups["value"].Index, password, $"connection string \"{key}\" with a password in {CsPaths.FileName(doc.Path)}");
            }
            else if (SecretKey().IsMatch(key) && value.Length >= 8 && !Placeholders.IsPlaceholder(value))
            {
                yield return (m.Groups["value"].Index, value, $"\"{key}\" hardcoded in {CsPaths.FileName(doc.Path)}");
            }
        }
    }

    [GeneratedRegex(@"(?i)(?:^|;)\s*(?:password|pwd)\s*=\s*(?<value>[^;]+)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Password();

    [GeneratedRegex(@"""(?<key>[^""\r\n]+)""\s*:\s*""(?<value>(?:[^""\\\r\n]|\\.)*)""", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"(?i)localhost|127\.0\.0\.1|\(localdb\)|host\.docker\.internal", RegexOptions.CultureInvariant)]
    private static partial Regex LocalServer();

    [GeneratedRegex(@"(?i)password|secret|token|api_?key|access_?key|private_?key|signing_?key|jwt_?key|credential", RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();
}
