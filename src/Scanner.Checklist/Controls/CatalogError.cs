using System.Globalization;

namespace Scanner.Checklist.Controls;

/// <summary>One problem in a control catalog, located so the author can go straight to it.</summary>
/// <param name="Source">The catalog file as the user knows it, e.g. <c>rules/controls.yaml</c>.</param>
/// <param name="Line">1-based line, or 0 when the problem has no single place.</param>
/// <param name="Message">What is wrong.</param>
public sealed record CatalogError(string Source, int Line, string Message)
{
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}: {Message}")
        : $"{Source}: {Message}";
}
