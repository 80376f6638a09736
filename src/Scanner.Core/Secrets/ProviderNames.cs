namespace Scanner.Core.Secrets;

/// <summary>
/// A credential named for a provider whose keys have a known shape (TELEGRAM_TOKEN, AWS_SECRET_ACCESS_KEY) holds that
/// provider's key: a value without the provider's format is an encrypted blob, an id or a mangled example, and the
/// provider's kind has already passed it over, so the generic kinds do not report it in the provider's place.
/// </summary>
public static class ProviderNames
{
    private static readonly Lazy<IReadOnlyList<SecretKind>> Named = new(() => [.. SecretKindCatalog.All.Where(k => k.Format is not null)]);

    /// <summary>Why a value assigned to <paramref name="name"/> is not the provider's key it names, or null.</summary>
    public static string? Why(string name, string value)
    {
        var compact = string.Concat(name.Where(char.IsAsciiLetter)).ToLowerInvariant();
        foreach (var kind in Named.Value)
        {
            if (kind.NamedBy.Any(word => compact.Contains(word, StringComparison.Ordinal)) && !kind.Format!.IsMatch(value))
            {
                return $"the name is a {kind.Name}'s, and the value is not in its format";
            }
        }

        return null;
    }
}
