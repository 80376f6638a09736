namespace Scanner.Checklist.Reconciliation;

/// <summary>One line of <see cref="JudgedLines"/>: which item of which file, judged like which other line.</summary>
internal readonly record struct LineRow(int File, int Item, int Judged);
