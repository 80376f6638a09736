using Scanner.Core.Engine;

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

    [Test]
    [CancelAfter(60_000)]
    public void Scan_CSharpFileParsedPastTheFileBudget_InconclusiveNamingTheFile(CancellationToken cancellation)
    {
        // Shallow but long: no structural bound refuses it, so only the clock can; a 1 ms budget makes the clock bind.
        using var target = new HostileTarget();
        var statements = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"var v{i} = {i} + 1;\n"));
        target.Write("Program.cs", $"var builder = WebApplication.CreateBuilder(args);\n{statements}var app = builder.Build();\napp.Run();\n");
        target.Write("app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n");

        var report = target.Scan(cancellation, scan: new ScanOptions { FileBudget = TimeSpan.FromMilliseconds(1) });

        Assert.That(report.NoteFor("Program.cs")?.Kind, Is.EqualTo("time-budget"));
        Assert.That(report.NoteFor("Program.cs")?.Message, Does.Contain("per-file time budget"));
        Assert.That(report.At("Program.cs").Where(f => f.Outcome == "inconclusive").Select(f => f.Message), Has.Some.Contain("Program.cs is past the work bound (parsing it ran past the 1 ms per-file time budget)"));
        report.AssertRestIntact();
    }
}
