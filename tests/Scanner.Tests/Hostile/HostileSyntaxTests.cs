namespace Scanner.Tests.Hostile;

/// <summary>C# built to make syntax-tree walks quadratic: bounded per file, and named as an Inconclusive with a note.</summary>
public sealed class HostileSyntaxTests
{
    [TestCase("var z = {0};", " + ", "a", 100_000)]
    [TestCase("builder.Services{0};", "", ".AddCors()", 50_000)]
    [TestCase("var y = {0};", "", "(", 20_000)]
    // The hang guard: unbounded, the 50,000-call chain ran for over ten minutes.
    [CancelAfter(60_000)]
    public void Scan_HugeCSharpExpression_InconclusiveWithTimeBudgetNote(string statement, string separator, string term, int count, CancellationToken cancellation)
    {
        using var target = new HostileTarget();
        var expression = term == "(" ? new string('(', count) + "1" + new string(')', count) : string.Join(separator, Enumerable.Repeat(term, count));
        target.Write("Program.cs", $"var builder = WebApplication.CreateBuilder(args);\n{string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, expression)}\nvar app = builder.Build();\napp.Run();\n");
        target.Write("app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n");

        var report = target.Scan(cancellation);

        Assert.That(report.NoteFor("Program.cs")?.Kind, Is.EqualTo("time-budget"));
        Assert.That(report.At("Program.cs").Where(f => f.Outcome == "inconclusive").Select(f => f.Message), Has.Some.Contain("nested more than 1,000 levels deep"));
        report.AssertRestIntact();
    }
}
