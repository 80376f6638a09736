using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Whether an extension's constructor attaches it to the app: <c>CSRFProtect(my_app)</c>, <c>Talisman(app)</c>,
/// <c>Limiter(get_remote_address, app=server)</c>. The app is whatever name the module binds to <c>Flask(...)</c>
/// (any variable name, not only <c>app</c>), or an <c>app=</c> keyword; a bare constructor attaches nothing.
/// </summary>
public static partial class PyAppArgument
{
    public static bool IsAttached(SourceDocument doc, string arguments)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (Keyword().IsMatch(arguments))
        {
            return true;
        }

        var first = arguments.Split(',')[0].Trim();
        if (first.Length == 0)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { "app", "application" };
        if (doc.Content.Contains("Flask", StringComparison.Ordinal) || doc.Content.Contains("Quart", StringComparison.Ordinal))
        {
            names.UnionWith(Binding().Matches(doc.Content).Select(m => m.Groups["name"].Value));
        }

        return names.Contains(first);
    }

    [GeneratedRegex(@"\bapp[ \t]*=[ \t]*\w", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex KeywordCompiled();
    private static Regex Keyword() => LinearRegex.Pick(KeywordCompiled());

    // my_app = Flask(__name__), self.app: Flask = flask.Flask(...)
    [GeneratedRegex(@"\b(?<name>[A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w.]+[ \t]*)?=[ \t]*(?:flask\.|quart\.)?(?:Flask|Quart)[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex BindingCompiled();
    private static Regex Binding() => LinearRegex.Pick(BindingCompiled());
}
