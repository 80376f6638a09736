using Scanner.Core.Text;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Safety;

/// <summary>
/// The escaping step of the plain-text writers (console, Markdown): every repository string has its control
/// characters made visible, so a name holding ESC sequences or a newline cannot restyle a terminal or forge a line.
/// The structured formats escape through their own encoders (JSON, XML, HTML) and do not need it.
/// </summary>
public static class ReportEscaping
{
    private static readonly ReportRewriter Rewriter = new((text, _) => ControlChars.Escape(text), ControlChars.Escape);

    public static ScanReport Apply(ScanReport report) => Rewriter.Rewrite(report);
}
