using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.Ci;

/// <summary>
/// Every GitHub workflow limits its token with <c>permissions:</c>, at the top or on every job, and never grants
/// <c>write-all</c>; without it the token gets the repository's default, often read-write on everything.
/// </summary>
public sealed class CiPermissionsDeclared : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var workflows = CiFiles.Read(context, findings).Where(f => f.System == CiSystem.GitHubActions).ToList();
        foreach (var workflow in workflows)
        {
            var doc = workflow.Doc;
            if (workflow.Root!.Entry("permissions") is { } top)
            {
                findings.Add(Judge(context, workflow, top.Value.Text, top.Line, "the workflow"));
                continue;
            }

            var jobs = workflow.Root["jobs"]?.Entries ?? [];
            foreach (var job in jobs)
            {
                findings.Add(job.Value.Entry("permissions") is { } own
                    ? Judge(context, workflow, own.Value.Text, own.Line, $"job {job.Name}")
                    : context.AtLine(Outcome.Fail, doc, job.Line, $"{doc.Path}: job {job.Name} and its workflow declare no permissions, so its token gets the repository default"));
            }
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no GitHub Actions workflow")];
    }

    private static Finding Judge(ProbeContext context, CiFile workflow, string value, int line, string who) =>
        value is "write-all"
            ? context.AtLine(Outcome.Fail, workflow.Doc, line, $"{workflow.Doc.Path}: {who} grants write-all")
            : context.AtLine(Outcome.Pass, workflow.Doc, line, $"{workflow.Doc.Path}: {who} declares its token permissions{(value.Length > 0 ? $" ({value})" : "")}");
}
