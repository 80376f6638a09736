namespace Scanner.Checklist.Parsing;

/// <summary>A summary line found while reading, before the items it is checked against are all known.</summary>
/// <param name="Decimals">Decimals the stated percentage was written with, so "68.7%" is compared at that precision.</param>
internal sealed record SummaryCandidate(int Line, string Text, string Kind, double Stated, int Decimals);
