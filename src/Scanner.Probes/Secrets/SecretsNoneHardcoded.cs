using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;

namespace Scanner.Probes.Secrets;

/// <summary>Every readable file in scope is searched for secret values; each one found fails, already redacted.</summary>
public sealed class SecretsNoneHardcoded : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        int files = 0, clean = 0;
        foreach (var doc in context.Documents())
        {
            files++;
            var matches = SecretScanner.Scan(doc.Content, doc.Language);
            clean += matches.Count == 0 ? 1 : 0;
            foreach (var m in matches)
            {
                var redacted = Redactor.Redact(doc.Content.Substring(m.ValueStart, m.ValueLength), m.Kind.VisiblePrefix);
                findings.Add(context.Fail(doc, m.ValueStart, $"{m.Kind.Name} hardcoded: {redacted}"));
            }
        }

        if (files == 0)
        {
            return [context.NotApplicable("no readable file to search")];
        }

        if (clean > 0)
        {
            findings.Add(context.AtFile(Outcome.Pass, ".", $"no secret found in {clean} of {files} file(s)"));
        }

        return findings;
    }
}
