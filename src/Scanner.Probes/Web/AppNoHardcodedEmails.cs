using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Web;

/// <summary>
/// No e-mail address is written into a string of first-party application code (JS/TS, Python, C#): a sender, an
/// admin or a support address belongs in configuration. Addresses at reserved or placeholder domains
/// (example.com, *.test, localhost, "yourdomain") are samples, not addresses, and are not counted; nor are comments,
/// tests, scripts set aside in examples or docs.
/// </summary>
public sealed partial class AppNoHardcodedEmails : IProbe
{
    private const int Shown = 5;

    // An address holds its @, on one line: only the lines holding one are searched.
    private static readonly SearchValues<string> At = SearchValues.Create(["@"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var found = new List<Finding>();
        var searched = new List<string>();
        foreach (var doc in context.Documents().Where(d => !NonProduction.IsSetAside(d.Path)))
        {
            searched.Add(doc.Path);
            if (!doc.Content.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var m in LinesWith.Matches(doc.Content, Address(), At))
            {
                if (doc.Regions.KindAt(m.Index) == RegionKind.String && !IsPlaceholder(m.Groups["domain"].Value) && !IsPlaceholder(m.Groups["user"].Value))
                {
                    found.Add(context.AtLine(Outcome.Fail, doc, doc.Text.LineOf(m.Index), "an e-mail address is written into the code; read it from configuration"));
                    break;
                }
            }
        }

        if (found.Count > 0)
        {
            return found.Take(Shown);
        }

        return searched.Count > 0
            ? [context.Searched(searched, $"no e-mail address is written into a string of the application code ({searched.Count} file(s) searched; samples at example or placeholder domains aside)")]
            : [context.NotApplicable("no application code")];
    }

    private static bool IsPlaceholder(string part)
    {
        var lower = part.ToLowerInvariant();
        return Placeholder().IsMatch(lower);
    }

    [GeneratedRegex(@"(?<![\w.+-])(?<user>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@(?<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,12})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    // RFC 2606/6761 names and the words people put in sample addresses.
    [GeneratedRegex(@"(?:^|[.-])(?:example|test|invalid|localhost|local|domain|yourdomain|mydomain|yourcompany|company|email|acme|foo|bar|sample|placeholder|dummy|fake|user|you|your|someone|john|jane|doe)(?:[.-]|$)|\.(?:test|invalid|local|localhost|example)$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
