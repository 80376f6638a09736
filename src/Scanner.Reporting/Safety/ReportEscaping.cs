using Scanner.Core.Text;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Safety;

/// <summary>
/// The escaping step of the writers that print text as it is (console, Markdown, HTML): every repository string has
/// its control characters made visible, so a name holding ESC sequences or a newline cannot restyle a terminal or
/// forge a line. JSON and SARIF escape them through their encoder; JUnit replaces what XML cannot hold.
/// </summary>
public static class ReportEscaping
{
    private static readonly ReportRewriter Rewriter = new((text, _) => ControlChars.Escape(text), ControlChars.Escape);

    public static ScanReport Apply(ScanReport report) => Rewriter.Rewrite(report);
}
