using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>ADD never fetches a remote URL or repository unless it verifies a checksum.</summary>
public sealed class DockerfileNoRemoteAdd : IProbe
{
    private static readonly string[] RemotePrefixes = ["http://", "https://", "git@", "git://", "ssh://"];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => Judge(context, doc, model));

    private static List<Finding> Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var findings = new List<Finding>();
        foreach (var add in model.Stages.SelectMany(s => s.All("ADD")))
        {
            var words = DockerWords.Split(add.Body);
            var remote = words.Take(Math.Max(0, words.Count - 1)).FirstOrDefault(w => RemotePrefixes.Any(p => w.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
            if (remote is null)
            {
                continue;
            }

            findings.Add(add.Flag("checksum") is { Length: > 0 }
                ? context.AtLine(Outcome.Pass, doc, add.Line, "ADD fetches a remote file but verifies its --checksum")
                : context.AtLine(Outcome.Fail, doc, add.Line, $"ADD fetches {Host(remote)} at build time with no checksum: the content can change or be tampered with"));
        }

        return findings.Count > 0 ? findings : [context.AtLine(Outcome.Pass, doc, model.FinalStage!.Line, "no ADD of a remote URL")];
    }

    private static string Host(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        var end = rest.IndexOfAny(['/', ':']);
        return end < 0 ? rest : rest[..end];
    }
}
