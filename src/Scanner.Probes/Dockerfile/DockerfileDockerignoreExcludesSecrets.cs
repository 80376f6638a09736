using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Docker;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Dockerfile;

/// <summary>
/// A Dockerfile that copies the whole build context (<c>COPY . .</c>) has a .dockerignore beside it that keeps
/// <c>.env</c> and <c>.git</c> out of the image.
/// </summary>
public sealed class DockerfileDockerignoreExcludesSecrets : IProbe
{
    private static readonly string[] MustExclude = [".env", ".git"];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        Dockerfiles.Judge(context, (doc, model) => [Judge(context, doc, model)]);

    private static Finding Judge(ProbeContext context, SourceDocument doc, DockerfileModel model)
    {
        var copy = model.Stages.SelectMany(s => s.All("COPY").Concat(s.All("ADD"))).OrderBy(i => i.Line).FirstOrDefault(CopiesContext);
        if (copy is null)
        {
            return context.AtFile(Outcome.NotApplicable, doc.Path, "no COPY of the whole build context");
        }

        var folder = doc.Path.Contains('/', StringComparison.Ordinal) ? doc.Path[..doc.Path.LastIndexOf('/')] + "/" : "";
        var ignore = context.Workspace.Read(doc.Path + ".dockerignore") ?? context.Workspace.Read(folder + ".dockerignore");
        if (ignore is null)
        {
            return context.AtLine(Outcome.Fail, doc, copy.Line, $"{copy.Keyword} copies the whole build context and there is no .dockerignore: .env and .git go into the image");
        }

        var rules = new DockerignoreRules(ignore.Text);
        var missing = MustExclude.Where(p => rules.ExcludedBy(p) == 0).ToList();
        if (missing.Count > 0)
        {
            return context.AtLine(Outcome.Fail, doc, copy.Line, $"{copy.Keyword} copies the whole build context and {ignore.Path} does not exclude {string.Join(" or ", missing)}");
        }

        return context.AtLine(Outcome.Pass, ignore, rules.ExcludedBy(".env"), $"{ignore.Path} keeps .env and .git out of the build context that {doc.Path}:{copy.Line} copies");
    }

    private static bool CopiesContext(DockerInstruction instruction)
    {
        if (instruction.Flag("from") is not null)
        {
            return false;
        }

        var words = DockerWords.Split(instruction.Body);
        return words.Count >= 2 && words.Take(words.Count - 1).Any(w => w is "." or "./" or "*" or "./*");
    }
}
