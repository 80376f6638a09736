using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Reads the workspace's .csproj files as text (never through MSBuild): the SDK says whether a project is a web
/// app (Microsoft.NET.Sdk.Web), test SDK packages or IsTestProject say it is a test project, and
/// ProjectReference items say which library projects a web app pulls in.
/// </summary>
public static partial class CsProjects
{
    public static IReadOnlyList<CsProjectFile> Find(Workspace workspace)
    {
        var projects = new List<CsProjectFile>();
        foreach (var file in workspace.Files.Where(f => f.Path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && !CsPaths.IsSetAside(f.Path)))
        {
            if (workspace.Read(file) is not { } doc)
            {
                continue;
            }

            var folder = CsPaths.Folder(file.Path);
            var text = doc.Content;
            var isWeb = WebSdk().IsMatch(text);
            var isTest = TestMarkers().IsMatch(text) || CsPaths.IsTest(file.Path + "/x");
            var references = ProjectReference().Matches(text).Select(m => Normalize(folder, m.Groups["path"].Value)).ToList();
            projects.Add(new CsProjectFile(file.Path, folder, isWeb, isTest, references));
        }

        return projects;
    }

    /// <summary>A ProjectReference path made repo-relative with '/': <c>..\Lib\Lib.csproj</c> from <c>src/Web</c> → <c>src/Lib/Lib.csproj</c>.</summary>
    private static string Normalize(string folder, string reference)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in reference.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex(@"Sdk\s*=\s*""Microsoft\.NET\.Sdk\.Web""|<Sdk\s+Name\s*=\s*""Microsoft\.NET\.Sdk\.Web""", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex WebSdkCompiled();
    private static Regex WebSdk() => LinearRegex.Pick(WebSdkCompiled());

    [GeneratedRegex(@"Microsoft\.NET\.Test\.Sdk|<IsTestProject>\s*true|""(?:xunit|NUnit|MSTest\.TestFramework|MSTest)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TestMarkersCompiled();
    private static Regex TestMarkers() => LinearRegex.Pick(TestMarkersCompiled());

    [GeneratedRegex(@"<ProjectReference\s+Include\s*=\s*""(?<path>[^""]+)""", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProjectReferenceCompiled();
    private static Regex ProjectReference() => LinearRegex.Pick(ProjectReferenceCompiled());
}
