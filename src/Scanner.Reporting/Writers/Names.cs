using Scanner.Core.Model;

namespace Scanner.Reporting.Writers;

/// <summary>The one spelling of each enum value in every output format.</summary>
internal static class Names
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Fail => "fail",
        Outcome.NotApplicable => "not-applicable",
        _ => "inconclusive",
    };

    public static string Of(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Of(Confidence confidence) => confidence.ToString().ToLowerInvariant();
}
