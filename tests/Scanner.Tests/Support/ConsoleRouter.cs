using System.Text;

namespace Scanner.Tests.Support;

/// <summary>
/// Installed as Console.Out or Console.Error: writes go to the writer of the in-process CLI run whose flow is
/// writing (an async-local, so parallel runs and the engine's worker threads each reach their own run's writer),
/// and to the console the test host had otherwise.
/// </summary>
internal sealed class ConsoleRouter(TextWriter fallback, Func<TextWriter?> current) : TextWriter
{
    public override Encoding Encoding => fallback.Encoding;

    private TextWriter Target => current() ?? fallback;

    public override void Write(char value) => Target.Write(value);

    public override void Write(string? value) => Target.Write(value);

    public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => Target.Write(buffer);

    public override void WriteLine() => Target.WriteLine();

    public override void WriteLine(string? value) => Target.WriteLine(value);

    public override void WriteLine(ReadOnlySpan<char> buffer) => Target.WriteLine(buffer);

    public override void Flush() => Target.Flush();
}
