using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Secrets;

/// <summary>
/// With <c>--history</c>: a failure for each secret a past commit added that the working tree no longer holds
/// (those still there are reported from the tree), naming the commit and its author date.
/// </summary>
internal static class HistorySecrets
{
    /// <summary>Adds the failures to <paramref name="findings"/>; returns a summary finding, or null when history was not scanned.</summary>
    public static Finding? Run(ProbeContext context, List<Finding> findings)
    {
        if (context.Workspace.History is not { } history)
        {
            return null;
        }

        if (history.Error is { } error)
        {
            return context.Inconclusive($"history not scanned: {error}");
        }

        var reported = 0;
        foreach (var secret in history.Secrets.Where(s => context.Card.Files.Matches(s.Document.Path)))
        {
            var doc = secret.Document;
            var match = secret.Secret.Match;
            var value = doc.Content.Substring(match.ValueStart, match.ValueLength);
            if (context.Workspace.Read(doc.Path)?.Content.Contains(value, StringComparison.Ordinal) == true)
            {
                context.Log.Debug("{Path}: {Kind} from {Commit} is still in the working tree; reported there", doc.Path, match.Kind.Id, secret.Commit.ShortSha);
                continue;
            }

            var state = secret.InHead ? "still in HEAD (deleted only in the working tree)" : "removed later, but still in history";
            findings.Add(SecretsNoneHardcoded.Report(context, doc, secret.Secret, $"committed in {secret.Commit} and {state}"));
            reported++;
        }

        return reported > 0
            ? null
            : context.AtFile(Outcome.Pass, ".", $"no removed secret in the lines added by {history.Commits} commit(s) ({history.Blobs} blob(s) read)");
    }
}
