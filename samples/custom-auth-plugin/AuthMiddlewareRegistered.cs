using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace CustomAuthPlugin;

/// <summary>
/// The team's own authentication wrapper, <c>app.UseTeamAuth()</c>, is called in the app's startup file before the
/// first endpoint is mapped: middleware added after <c>app.MapX(...)</c> does not run for those endpoints.
/// </summary>
public sealed class AuthMiddlewareRegistered : IProbe
{
    private const string Call = ".UseTeamAuth(";

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var startupFiles = 0;
        foreach (var doc in context.Documents())
        {
            startupFiles++;
            if (Judge(context, doc) is { } finding)
            {
                findings.Add(finding);
            }
        }

        if (startupFiles == 0)
        {
            return [context.NotApplicable("no Program.cs or Startup.cs: not an ASP.NET Core app")];
        }

        return findings.Count > 0 ? findings : [context.Missing("UseTeamAuth() is called in no startup file: the team's authentication wrapper is not registered")];
    }

    private static Finding? Judge(ProbeContext context, SourceDocument doc)
    {
        int? firstMapping = null;
        for (var line = 1; line <= doc.Text.LineCount; line++)
        {
            var text = doc.Text.Line(line).Trim().ToString();
            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (text.Contains(Call, StringComparison.Ordinal))
            {
                return firstMapping is { } mapped
                    ? context.AtLine(Outcome.Fail, doc, line, $"UseTeamAuth() comes after the endpoints mapped on line {mapped}: it does not run for them")
                    : context.AtLine(Outcome.Pass, doc, line, "UseTeamAuth() registered before any endpoint is mapped");
            }

            if (firstMapping is null && IsMapping(text))
            {
                firstMapping = line;
            }
        }

        return null;
    }

    /// <summary><c>app.MapGet(...)</c>, <c>app.MapControllers()</c>, <c>app.MapGroup(...)</c>: an endpoint mapping.</summary>
    private static bool IsMapping(string text)
    {
        var at = text.IndexOf(".Map", StringComparison.Ordinal);
        return at >= 0 && at + 4 < text.Length && (char.IsUpper(text[at + 4]) || text[at + 4] == '(');
    }
}
