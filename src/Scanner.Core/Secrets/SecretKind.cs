using System.Text.RegularExpressions;

namespace Scanner.Core.Secrets;

/// <summary>
/// One kind of secret: a non-backtracking regex whose "value" group is the secret, the literal keywords that
/// must appear before the regex runs, and how many leading characters may be shown (a format prefix, not data).
/// </summary>
public sealed record SecretKind(string Id, string Name, Regex Pattern, IReadOnlyList<string> Keywords, int VisiblePrefix, bool Generic = false);
