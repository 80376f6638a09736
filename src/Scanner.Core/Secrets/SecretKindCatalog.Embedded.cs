using System.Text.RegularExpressions;

namespace Scanner.Core.Secrets;

/// <summary>
/// The built-in kinds, as the build checked them and wrote them into code (<c>BuiltSecretKinds</c>, generated from
/// secret-kinds.yaml by Scanner.SecretKindSource): start-up parses no YAML and builds no regex. Each pattern is
/// compiled at build time; one with unbounded repetition carries a match timeout and runs compiled on short text
/// only, on its non-backtracking twin otherwise (<see cref="SecretScanner"/>).
/// </summary>
public static partial class SecretKindCatalog
{
    private static readonly Lazy<IReadOnlyList<SecretKind>> Loaded = new(LoadBuilt);

    /// <summary>Every kind, in file order: provider formats first, generic assignments last.</summary>
    public static IReadOnlyList<SecretKind> All => Loaded.Value;

    public static SecretKind? Find(string id) => All.FirstOrDefault(k => k.Id == id);

    private static SecretKind[] LoadBuilt()
    {
        var documents = BuiltSecretKinds.Documents();
        var kinds = new SecretKind[documents.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            var doc = documents[i];
            var index = i;
            kinds[i] = Create(doc, new Lazy<Regex>(() => BuiltSecretKinds.Pattern(index)), BuiltSecretKinds.Format(i),
                ParseValidation(doc.Validate, Unreachable), ParseLanguages(doc.Languages, Unreachable));
        }

        return kinds;
    }

    /// <summary>The build refused any entry with a problem, so none is left to report here.</summary>
    private static void Unreachable(string problem) => throw new InvalidDataException($"secret-kinds.yaml: {problem}");
}
