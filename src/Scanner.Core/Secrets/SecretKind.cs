using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Core.Secrets;

/// <summary>
/// One kind of secret: a non-backtracking regex whose "value" group is the secret, the literal keywords that
/// must appear before the regex runs, and how many leading characters may be shown (a format prefix, not data).
/// Generic kinds match free-form values, which must also pass the placeholder, entropy and character-class checks.
/// The built-in kinds' regexes are compiled at build time (<see cref="SecretKindCatalog"/>); a kinds file read at
/// run time gets non-backtracking regexes built on first use.
/// </summary>
public sealed record SecretKind(string Id, string Name, Lazy<Regex> Compiled, IReadOnlyList<string> Keywords, int VisiblePrefix, bool Generic = false)
{
    public Regex Pattern => Compiled.Value;

    /// <summary>Shannon entropy in bits per character below which a value is filler; 0 = no floor.</summary>
    public double MinEntropy { get; init; }

    public SecretValidation Validation { get; init; }

    /// <summary>
    /// Why every finding of this kind is kept at low confidence (a test-mode key reaches only test data), or null.
    /// Such findings are reported for review but cannot refute a checklist claim.
    /// </summary>
    public string? LowConfidence { get; init; }

    /// <summary>
    /// Words (lower case, without separators) of which one in a credential's name says the value is this provider's
    /// (telegram, awssecretaccesskey); such a value must have <see cref="Format"/>, or it is not this provider's key.
    /// </summary>
    public IReadOnlyList<string> NamedBy { get; init; } = [];

    /// <summary>The whole shape of any value of this kind (anchored), for values found by their name; null when none is given.</summary>
    public Regex? Format { get; init; }

    /// <summary>The languages the pattern is meaningful in; null = every language.</summary>
    public IReadOnlySet<Language>? Languages { get; init; }

    /// <summary>Lines this kind must find (from the kinds file; proven by tests).</summary>
    public IReadOnlyList<string> TrueSamples { get; init; } = [];

    /// <summary>Lines in which nothing may be found.</summary>
    public IReadOnlyList<string> FalseSamples { get; init; } = [];

    public bool AppliesTo(Language language) => Languages is null || Languages.Contains(language);
}
