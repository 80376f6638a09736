using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Repo;

/// <summary>
/// Deploy scripts and CI reach servers over SSH with a key, never a password: <c>sshpass</c>, an ssh-action step
/// given a <c>password:</c>, or password authentication forced on fails at each place; <c>ssh -i</c>, IdentityFile,
/// ssh-add, an ssh-agent action or an ssh-action step given a <c>key:</c> passes. SSH with no key named is undecided
/// (the runner's default key may be used); no SSH at all is not applicable.
/// </summary>
public sealed partial class RepoSshKeyAuth : IProbe
{
    private const int Shown = 5;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var password = new List<Finding>();
        var key = new List<Finding>();
        SourceLocation? used = null;
        foreach (var doc in context.Documents().Where(d => !NonProduction.IsSetAside(d.Path) && Mentions(d.Content)))
        {
            var lines = doc.Text;
            for (var n = 1; n <= lines.LineCount; n++)
            {
                var line = lines.Line(n).ToString();
                if (line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var p = Password().Match(line);
                var k = Key().Match(line);
                if (p.Success || (SshActionInput(line) == "password" && InSshActionStep(doc, n)))
                {
                    password.Add(context.AtLine(Outcome.Fail, doc, n, p.Success ? $"SSH logs in with a password here ({p.Value.Trim()})" : "an SSH action step is given a password, not a key"));
                }
                else if (k.Success || (SshActionInput(line) == "key" && InSshActionStep(doc, n)))
                {
                    key.Add(context.AtLine(Outcome.Pass, doc, n, k.Success ? $"SSH authenticates with a key ({k.Value.Trim()})" : "an SSH action step is given a private key"));
                }
                else if (used is null && Ssh().IsMatch(line))
                {
                    used = new SourceLocation(doc.Path, n);
                }
            }
        }

        if (password.Count > 0)
        {
            return password.Take(Shown);
        }

        if (key.Count > 0)
        {
            return key.Take(Shown);
        }

        return used is { } at
            ? [context.Inconclusive("SSH is used without a key or password named: the agent's or runner's default key may be used, which the repository does not show", at)]
            : [context.NotApplicable("no SSH in deploy scripts or CI")];
    }

    private static bool Mentions(string content) =>
        content.Contains("ssh", StringComparison.OrdinalIgnoreCase) || content.Contains("scp", StringComparison.Ordinal);

    /// <summary>"password" or "key" when the line is that input of a step (<c>password: ${{ secrets.X }}</c>), else null.</summary>
    private static string? SshActionInput(string line) => ActionInput().Match(line) is { Success: true } m ? m.Groups["input"].Value : null;

    // The input belongs to an ssh/scp action when the step's `uses:` a few lines above names one.
    private static bool InSshActionStep(SourceDocument doc, int line)
    {
        for (var n = line - 1; n >= Math.Max(1, line - 15); n--)
        {
            var text = doc.Text.Line(n).ToString();
            if (text.Contains("uses:", StringComparison.Ordinal))
            {
                return SshAction().IsMatch(text);
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bsshpass\b|PasswordAuthentication[ \t]{0,4}[= ][ \t]{0,4}yes|PreferredAuthentications=password", RegexOptions.CultureInvariant)]
    private static partial Regex Password();

    [GeneratedRegex(@"\b(?:ssh|scp|rsync)\b[^\n]{0,120}?[ \t]-i[ \t]{1,4}\S|\bIdentityFile\b|\bssh-add\b|webfactory/ssh-agent|shimataro/ssh-key-action|\bssh-private-key\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex KeyCompiled();

    private static Regex Key() => LinearRegex.Pick(KeyCompiled());

    [GeneratedRegex(@"^[ \t]{0,40}(?<input>password|key)[ \t]{0,4}:[ \t]{0,4}\S", RegexOptions.CultureInvariant)]
    private static partial Regex ActionInput();

    [GeneratedRegex(@"ssh-action|scp-action|ssh-deploy|ssh-pipeline|rsync-deployments", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SshAction();

    [GeneratedRegex(@"(?:^|[\s;&|(`])(?:ssh|scp)[ \t]{1,4}\S|ssh-action|scp-action|rsync[^\n]{0,60}-e[ \t]{1,4}['""]?ssh", RegexOptions.CultureInvariant)]
    private static partial Regex Ssh();
}
