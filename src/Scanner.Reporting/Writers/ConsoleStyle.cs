namespace Scanner.Reporting.Writers;

/// <summary>ANSI colour for the console report, or plain text when colour is off (redirected output, NO_COLOR).</summary>
internal sealed class ConsoleStyle(bool enabled)
{
    public string Red(string text) => Paint(text, "31");

    public string Green(string text) => Paint(text, "32");

    public string Yellow(string text) => Paint(text, "33");

    public string Magenta(string text) => Paint(text, "35");

    public string Dim(string text) => Paint(text, "2");

    public string Bold(string text) => Paint(text, "1");

    private string Paint(string text, string code) => enabled && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
