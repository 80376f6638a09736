using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Probes.Dockerfile;

namespace Scanner.Probes.Compose;

/// <summary>
/// Credentials in a service's <c>environment:</c> come from the environment (<c>${DB_PASSWORD}</c>) or compose
/// <c>secrets:</c>, never a literal value or a literal fallback (<c>${DB_PASSWORD:-postgres}</c>).
/// </summary>
public sealed class ComposeNoLiteralPasswords : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => Judge(context, s), "no credential is passed through a compose environment");

    private static List<Finding> Judge(ProbeContext context, ComposeService service)
    {
        var findings = new List<Finding>();
        foreach (var (name, value, line) in Variables(service.Node["environment"]))
        {
            var secretName = SecretNames.IsSecret(name);
            var literal = Literal(value);
            var matches = literal is { Length: > 0 } ? SecretScanner.Scan($"{name}={literal}", Language.Env) : [];
            if (literal is { Length: > 0 } && (secretName || matches.Count > 0))
            {
                var how = literal == value ? "is a literal" : "falls back to a literal";
                findings.Add(context.AtLine(Outcome.Fail, service.Doc, line,
                    $"{service.Name}: {name} {how} ({Redactor.Redact(literal, matches.Count > 0 ? matches[0].Kind.VisiblePrefix : 0)}); pass it as ${{{name}}} from an untracked .env or as a compose secret"));
            }
            else if (secretName && value.Length > 0)
            {
                findings.Add(context.AtLine(Outcome.Pass, service.Doc, line, $"{service.Name}: {name} comes from the environment"));
            }
        }

        if (service.Entry("secrets") is { } secrets)
        {
            findings.Add(context.AtLine(Outcome.Pass, service.Doc, secrets.Line, $"{service.Name} receives credentials as compose secrets"));
        }

        return findings;
    }

    /// <summary>The literal part of a value: all of it when it holds no variable, else the fallback of <c>${X:-fallback}</c>.</summary>
    private static string? Literal(string value)
    {
        if (!value.Contains('$', StringComparison.Ordinal))
        {
            return value;
        }

        if (!value.StartsWith("${", StringComparison.Ordinal) || !value.EndsWith('}'))
        {
            return null;
        }

        var inner = value[2..^1];
        var colon = inner.IndexOf(":-", StringComparison.Ordinal);
        var dash = colon >= 0 ? colon + 2 : inner.IndexOf('-', StringComparison.Ordinal) + 1;
        return dash > 0 ? inner[dash..] : null;
    }

    private static IEnumerable<(string Name, string Value, int Line)> Variables(YamlNode? environment)
    {
        if (environment is null)
        {
            yield break;
        }

        if (environment.IsMapping)
        {
            foreach (var entry in environment.Entries)
            {
                yield return (entry.Name, entry.Value.Text, entry.Line);
            }

            yield break;
        }

        foreach (var item in environment.Items.Where(i => i.IsScalar))
        {
            var eq = item.Text.IndexOf('=', StringComparison.Ordinal);
            yield return eq < 0 ? (item.Text, "", item.Line) : (item.Text[..eq], item.Text[(eq + 1)..], item.Line);
        }
    }
}
