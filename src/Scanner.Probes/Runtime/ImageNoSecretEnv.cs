using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Probes.Dockerfile;

namespace Scanner.Probes.Runtime;

/// <summary>No environment variable baked into the built image holds a credential (named like one with a value, or in a secret's format).</summary>
public sealed class ImageNoSecretEnv : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) => ImageProbes.Judge(context, (image, facts) =>
    {
        var findings = new List<Finding>();
        foreach (var (name, value) in facts.Environment)
        {
            if (Secret(name, value) is { } redacted)
            {
                findings.Add(context.AtFile(Outcome.Fail, image.Location, $"image environment holds a credential: {name}={redacted}"));
            }
        }

        return findings.Count > 0 ? findings : [context.AtFile(Outcome.Pass, image.Location, $"none of the image's {facts.Environment.Count} environment variable(s) holds a credential")];
    });

    /// <summary>The redacted value when the variable holds a credential, else null.</summary>
    public static string? Secret(string name, string value)
    {
        if (value.Length == 0 || value.StartsWith('$'))
        {
            return null;
        }

        var matches = SecretScanner.Scan($"{name}={value}", Language.Env);
        return matches.Count > 0 || SecretNames.IsSecret(name) ? Redactor.Redact(value, matches.Count > 0 ? matches[0].Kind.VisiblePrefix : 0) : null;
    }
}
