using System.Text;
using Scanner.Core.Secrets;
using Scanner.Core.Text;
using Scanner.Reporting;
using Scanner.Reporting.Model;

namespace Scanner.Cli;

/// <summary>
/// The reports to write after one scan. Files are written whole (their folder created); stdout gets at most one
/// report. Unless quiet, stderr names each file written and ends with the summary line when no console report
/// went to stdout, so a CI log always says what happened.
/// </summary>
internal sealed record OutputPlan(IReadOnlyList<OutputTarget> Targets, bool Annotate, bool FixCheckboxes, bool Quiet)
{
    public void Write(ScanReport report, string scanned)
    {
        foreach (var target in Targets)
        {
            if (target.Path is null)
            {
                target.Writer.Write(report, Console.Out);
                Console.Out.Flush();
                continue;
            }

            var full = Path.GetFullPath(target.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var file = new StreamWriter(full, append: false, new UTF8Encoding(false)))
            {
                target.Writer.Write(report, file);
            }

            Say($"wrote {target.Writer.Format} report to {target.Path}");
        }

        if (Annotate)
        {
            foreach (var written in ChecklistAnnotations.Write(report, FixCheckboxes, scanned))
            {
                Say(written);
            }
        }

        if (!Targets.Any(t => t.Path is null && t.Writer.Format == "console"))
        {
            Console.Error.WriteLine($"readyscan: {ReportSummary.Line(report)}");
        }
    }

    private void Say(string message)
    {
        if (!Quiet)
        {
            // Paths said here come from the target too: scrubbed and escaped like any report string.
            Console.Error.WriteLine($"readyscan: {ControlChars.Escape(Redactor.ScrubPath(message))}");
        }
    }
}
