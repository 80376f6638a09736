using System.Globalization;

namespace Scanner.Checklist.Controls;

/// <summary>
/// A catalog that cannot be used. It carries every problem found, not just the first, so one edit-and-rerun
/// fixes them all.
/// </summary>
public sealed class ControlCatalogException : Exception
{
    public ControlCatalogException(IReadOnlyList<CatalogError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<CatalogError> Errors { get; }

    private static string Describe(IReadOnlyList<CatalogError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var header = errors.Count == 1
            ? "The control catalog has 1 error:"
            : string.Create(CultureInfo.InvariantCulture, $"The control catalog has {errors.Count} errors:");
        return string.Join('\n', errors.Select(e => "  " + e).Prepend(header));
    }
}
