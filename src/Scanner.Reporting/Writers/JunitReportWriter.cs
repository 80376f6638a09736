using System.Globalization;
using System.Text;
using System.Xml;
using Scanner.Reporting.Model;

namespace Scanner.Reporting.Writers;

/// <summary>
/// JUnit XML so CI test tabs show the checklist: one suite per checklist file with a case per line (and per summary
/// or self-contradicting statement), then a suite for the probes. No timestamps or durations: same scan, same bytes.
/// </summary>
public sealed class JunitReportWriter : IReportWriter
{
    public string Format => "junit";

    public void Write(ScanReport report, TextWriter output)
    {
        var suites = report.Checklist.Files
            .Select(f => (Name: f.Path, Cases: JunitCases.ForChecklist(f, report.Checklist.Lines.Where(l => l.Item.File == f.Path), report.Checklist).ToList()))
            .Append((Name: "probes", Cases: JunitCases.ForProbes(report).ToList()))
            .ToList();
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", $"ReadyScan {Clean(report.Target)}");
            WriteCounts(xml, suites.SelectMany(s => s.Cases).ToList());
            foreach (var (name, cases) in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(name));
                WriteCounts(xml, cases);
                foreach (var c in cases)
                {
                    WriteCase(xml, c);
                }

                // CI test tabs show a suite's output: the suppressions that do nothing are said there.
                var ignored = report.Scan.Notes.Where(SuppressionNotes.Is).ToList();
                if (name == "probes" && ignored.Count > 0)
                {
                    xml.WriteElementString("system-out", Clean(string.Join('\n', ignored.Select(n => $"suppression that does nothing: {n.Path} {n.Message}"))));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteCounts(XmlWriter xml, List<JunitCase> cases)
    {
        xml.WriteAttributeString("tests", N(cases.Count));
        xml.WriteAttributeString("failures", N(cases.Count(c => c.Result == JunitCases.Failure)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", N(cases.Count(c => c.Result == JunitCases.Skipped)));
    }

    private static void WriteCase(XmlWriter xml, JunitCase c)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Clean(c.ClassName));
        xml.WriteAttributeString("name", Clean(c.Name));
        if (c.File is not null)
        {
            xml.WriteAttributeString("file", Clean(c.File));
            if (c.Line > 0)
            {
                xml.WriteAttributeString("line", N(c.Line));
            }
        }

        if (c.Result is not null)
        {
            xml.WriteStartElement(c.Result);
            xml.WriteAttributeString("message", Clean(c.Message ?? ""));
            if (c.Result == JunitCases.Failure)
            {
                xml.WriteAttributeString("type", Clean(c.Type ?? ""));
                xml.WriteString(Clean(c.Detail));
            }

            xml.WriteEndElement();
        }

        if (c.Result != JunitCases.Failure)
        {
            xml.WriteElementString("system-out", Clean(c.Detail));
        }

        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot hold most control characters, even escaped; text from a target may contain them.</summary>
    private static string Clean(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            ? new string([.. text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD')])
            : text;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
