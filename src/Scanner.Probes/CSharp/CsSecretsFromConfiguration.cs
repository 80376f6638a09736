using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Secrets;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Connection strings and secrets come from configuration (User Secrets, Key Vault, environment), not from C#
/// literals or committed appsettings*.json: a connection string literal with a password, a literal assigned to a
/// secret-named member, a JWT signing key built from a literal, or a secret value in appsettings fails. Values
/// are never shown, only their length.
/// </summary>
public sealed partial class CsSecretsFromConfiguration : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        var settings = context.Workspace.Files.Where(f => CsAppSettings.IsSettingsFile(f.Path) && context.Card.Files.Matches(f.Path))
            .Select(f => context.Workspace.Read(f)).OfType<SourceDocument>().ToList();
        var code = app.CodeFiles.Where(d => context.Card.Files.Matches(d.Path)).ToList();
        if (code.Count == 0 && settings.Count == 0)
        {
            return [context.NotApplicable("no C# code and no appsettings*.json")];
        }

        var findings = new List<Finding>();
        foreach (var doc in code.Where(d => Keywords().IsMatch(d.Content)))
        {
            foreach (var literal in CsSyntax.Root(doc).DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)))
            {
                if (Judge(literal) is { } secret)
                {
                    findings.Add(Hardcoded(context, doc, literal.SpanStart, secret.Value, secret.What));
                }
            }

            findings.AddRange(CsSyntax.Root(doc).DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(c => CsNames.Name(c) is "GetConnectionString" or "AddUserSecrets" or "AddAzureKeyVault" or "GetEnvironmentVariable")
                .Select(c => context.Pass(doc, c.SpanStart, $"secrets read from configuration ({CsNames.Name(c)})")));
        }

        foreach (var doc in settings)
        {
            findings.AddRange(CsAppSettings.Secrets(doc).Select(s => Hardcoded(context, doc, s.Offset, s.Value, s.What)));
        }

        return findings.Count > 0 ? findings
            : [context.Searched(code.Concat(settings).Select(d => d.Path), $"no hardcoded connection string password or secret in {code.Count} C# file(s) and {settings.Count} appsettings file(s)")];
    }

    private static (string Value, string What)? Judge(SyntaxToken literal)
    {
        var value = literal.ValueText;
        if (CsAppSettings.ConnectionStringPassword(value) is { } password)
        {
            return (password, "connection string with a password");
        }

        if (value.Length < 8 || value.Any(char.IsWhiteSpace) || Placeholders.IsPlaceholder(value) || Label().IsMatch(value))
        {
            return null;
        }

        var target = literal.Parent?.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax v } => v.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p } => p.Identifier.ValueText,
            AssignmentExpressionSyntax a => a.Left.ToString(),
            ArgumentSyntax { NameColon: { } n } => n.Name.Identifier.ValueText,
            _ => "",
        };
        if (SecretName().IsMatch(target))
        {
            return (value, $"{target} hardcoded");
        }

        var signing = literal.Parent?.Ancestors().Take(6).OfType<ObjectCreationExpressionSyntax>().FirstOrDefault(o => o.Type.ToString().EndsWith("SymmetricSecurityKey", StringComparison.Ordinal));
        return signing is null ? null : (value, "token signing key hardcoded");
    }

    private static Finding Hardcoded(ProbeContext context, SourceDocument doc, int offset, string value, string what)
    {
        var shape = Redactor.Redact(value, 0);
        var finding = context.Fail(doc, offset, $"{what} ({shape}): read it from User Secrets, Key Vault or the environment");
        return finding.Evidence is null ? finding : finding with { Evidence = finding.Evidence.Replace(value, shape, StringComparison.Ordinal) };
    }

    [GeneratedRegex(@"(?i)password|pwd|secret|token|api_?key|access_?key|private_?key|signing_?key|jwt_?key|credential", RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    /// <summary>Header names, claim types and config keys ("X-Api-Key", "access_token"): words, not secrets.</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z _.:-]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?i)password|pwd=|secret|token|key|credential", RegexOptions.CultureInvariant)]
    private static partial Regex Keywords();
}
