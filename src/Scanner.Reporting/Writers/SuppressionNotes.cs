using Scanner.Core.Model;

namespace Scanner.Reporting.Writers;

/// <summary>Scan notes about suppressions that do nothing (an unknown id, no reason, past their date), shown apart from the paths passed over.</summary>
internal static class SuppressionNotes
{
    public static bool Is(ScanNote note) => note.Kind.StartsWith("suppression", StringComparison.Ordinal);
}
