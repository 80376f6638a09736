using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// ASP.NET Core host filtering names the hosts: <c>"AllowedHosts"</c> in appsettings (not the Development file) is
/// not <c>"*"</c> and holds no <c>*</c> entry.
/// </summary>
public sealed partial class CsAllowedHostsRestricted : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (!app.IsWebApp)
        {
            return [CsVerdict.NotAWebApp(context)];
        }

        var findings = new List<Finding>();
        var settings = context.Workspace.Files.Where(f => CsAppSettings.IsSettingsFile(f.Path) && !CsAppSettings.IsDevelopment(f.Path) && context.Card.Files.Matches(f.Path));
        foreach (var doc in settings.Select(f => context.Workspace.Read(f)).OfType<SourceDocument>())
        {
            foreach (Match m in AllowedHosts().Matches(doc.Content))
            {
                var hosts = m.Groups["hosts"].Value;
                findings.Add(hosts.Split(';').Any(h => h.Trim() == "*")
                    ? context.Fail(doc, m.Index, "AllowedHosts is \"*\": any Host header is accepted, so links built from it (password reset, redirects) can point anywhere")
                    : context.Pass(doc, m.Index, "AllowedHosts names the hosts"));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no AllowedHosts setting in appsettings*.json")];
    }

    [GeneratedRegex(@"""AllowedHosts""\s*:\s*""(?<hosts>[^""]*)""", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AllowedHostsCompiled();
    private static Regex AllowedHosts() => LinearRegex.Pick(AllowedHostsCompiled());
}
