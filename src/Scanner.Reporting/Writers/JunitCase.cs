namespace Scanner.Reporting.Writers;

/// <summary>One JUnit test case as written: passed when <see cref="Result"/> is null, else failure or skipped.</summary>
internal sealed record JunitCase(string ClassName, string Name, string? File, int Line, string? Result, string? Type, string? Message, string Detail);
