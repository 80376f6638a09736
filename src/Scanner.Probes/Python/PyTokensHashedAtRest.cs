using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.Text;

namespace Scanner.Probes.Python;

/// <summary>
/// Reset, verification and API tokens are stored hashed: a random token (<c>secrets.token_urlsafe</c>,
/// <c>token_hex</c>, <c>uuid4</c>, directly or through a variable or a helper that returns one) written into a model
/// field and then looked up or compared by that field's value is a
/// plaintext token at rest, and fails where it is written; a token field filled from <c>hashlib</c>, <c>hmac</c> or a
/// password hasher passes. A random token stored with no lookup seen, or token fields filled otherwise, is undecided;
/// code that stores no token field is not applicable.
/// </summary>
public sealed partial class PyTokensHashedAtRest : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var docs = PyCode.Documents(context, graph).Where(d => PyPaths.IsAppCode(d.Path) && PyVerdict.Counts(graph, d.Path) && IgnoreCaseSearch.Contains(d.Content, "token")).ToList();
        var stored = docs.SelectMany(d => PyCode.Matches(d, StoredRandom(), "token").Select(m => (Doc: d, m.Index, Field: m.Groups["field"].Value, Text: Snippet.Of(m.Value.TrimEnd('(', ' '), 60)))
            .Concat(ThroughVariables(d))).Where(s => !s.Field.Contains("hash", StringComparison.Ordinal) && !s.Field.Contains("digest", StringComparison.Ordinal)).ToList();
        var fails = stored.Where(s => docs.Exists(d => LooksUp(d.Content, s.Field)))
            .Select(s => context.Fail(s.Doc, s.Index, $"a random token is stored as it is ({s.Text}) and looked up by its value ({s.Field}): anyone who reads the table can use it; store a hash and look the hash up")).ToList();
        if (fails.Count > 0)
        {
            return fails;
        }

        var hashed = docs.SelectMany(d => PyCode.Matches(d, StoredHash(), "token").Select(m => context.Pass(d, m.Index, $"a token is stored hashed ({Snippet.Of(m.Value.TrimEnd('(', ' '), 60)})"))).ToList();
        if (hashed.Count > 0)
        {
            return hashed;
        }

        if (stored.Count > 0)
        {
            var s = stored[0];
            return [context.AtOffset(Outcome.Inconclusive, s.Doc, s.Index, $"a random token is stored as it is ({s.Text}), but no lookup by its value was seen, so whether it works as a credential cannot be told")];
        }

        var named = docs.SelectMany(d => PyCode.Matches(d, TokenField(), "token").Take(1).Select(m => (Doc: d, m.Index))).FirstOrDefault();
        return named.Doc is not null
            ? [context.AtOffset(Outcome.Inconclusive, named.Doc, named.Index, "a token field is set here from a value this probe does not trace, so whether it is stored hashed cannot be told")]
            : [context.NotApplicable("no code stores a token in a model field")];
    }

    // A lookup by the field's value: filter_by(reset_token=...), filter(User.reset_token == ...), find_one({"reset_token": ...}).
    private static bool LooksUp(string content, string field) =>
        content.Contains(field, StringComparison.Ordinal) && content.Split('\n').Any(line =>
            line.Contains($".{field} ==", StringComparison.Ordinal) || line.Contains($".{field} !=", StringComparison.Ordinal)
            || (IsLookup(line) && (Kwarg(line, field) || line.Contains($"\"{field}\":", StringComparison.Ordinal) || line.Contains($"'{field}':", StringComparison.Ordinal))));

    // token = secrets.token_urlsafe(32) or token = make_token() where make_token returns one, then
    // user.verification_token = token or User(verification_token=token).
    private static IEnumerable<(SourceDocument Doc, int Index, string Field, string Text)> ThroughVariables(SourceDocument doc)
    {
        var makers = PyCode.Matches(doc, RandomMaker(), "def").Select(m => m.Groups["fn"].Value).ToHashSet(StringComparer.Ordinal);
        var random = PyCode.Matches(doc, RandomVariable(), "=").Where(m => m.Groups["gen"].Value is "token_urlsafe" or "token_hex" or "uuid4" || makers.Contains(m.Groups["gen"].Value))
            .Select(m => m.Groups["var"].Value).ToHashSet(StringComparer.Ordinal);
        return random.Count == 0 ? [] : PyCode.Matches(doc, StoredVariable(), "token").Where(m => random.Contains(m.Groups["var"].Value) && !IsLookup(LineAt(doc.Content, m.Index)))
            .Select(m => (doc, m.Index, m.Groups["field"].Value, Snippet.Of($"{m.Value.Trim(' ', '\t', ',', '(', '.')} from {m.Groups["var"].Value}", 60)));
    }

    private static bool IsLookup(string line) =>
        line.Contains("get(", StringComparison.Ordinal) || line.Contains("filter", StringComparison.Ordinal) || line.Contains("find", StringComparison.Ordinal);

    private static string LineAt(string content, int offset)
    {
        var start = content.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var end = content.IndexOf('\n', offset);
        return content[start..(end < 0 ? content.Length : end)];
    }

    private static bool Kwarg(string line, string field)
    {
        var at = line.IndexOf(field + "=", StringComparison.Ordinal);
        return at >= 0 && (at + field.Length + 1 >= line.Length || line[at + field.Length + 1] != '=') && (at == 0 || !char.IsLetterOrDigit(line[at - 1]) && line[at - 1] != '_');
    }

    // user.reset_token = secrets.token_urlsafe(32), Session(api_token=str(uuid.uuid4())).
    [GeneratedRegex(@"(?:\b\w+\.|[(,][ \t]*)(?<field>[a-z_]*token[a-z_]*)[ \t]*=[ \t]*(?:str[ \t]*\([ \t]*)?(?:secrets\.|uuid\.)?(?:token_urlsafe|token_hex|uuid4)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StoredRandomCompiled();
    private static Regex StoredRandom() => LinearRegex.Pick(StoredRandomCompiled());

    // user.reset_token_hash = hashlib.sha256(token.encode()).hexdigest(), key.token_digest = hmac.new(...).
    [GeneratedRegex(@"(?:\b\w+\.|[(,][ \t]*)[a-z_]*token[a-z_]*[ \t]*=[ \t]*(?:hashlib\.|hmac\.|make_password[ \t]*\(|generate_password_hash[ \t]*\(|bcrypt\.hashpw[ \t]*\(|\w*hash_token[ \t]*\()",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StoredHashCompiled();
    private static Regex StoredHash() => LinearRegex.Pick(StoredHashCompiled());

    [GeneratedRegex(@"\b\w+\.[a-z_]*token[a-z_]*[ \t]*=[^=]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex TokenFieldCompiled();
    private static Regex TokenField() => LinearRegex.Pick(TokenFieldCompiled());

    [GeneratedRegex(@"\bdef[ \t]+(?<fn>\w+)[ \t]*\([^)\n]{0,80}\)[^\n]{0,40}:[ \t]*\n(?:[ \t]+[^\n]{0,200}\n){0,3}[ \t]+return[ \t]+(?:str[ \t]*\([ \t]*)?(?:secrets\.|uuid\.)?(?:token_urlsafe|token_hex|uuid4)[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RandomMakerCompiled();
    private static Regex RandomMaker() => LinearRegex.Pick(RandomMakerCompiled());

    [GeneratedRegex(@"^[ \t]*(?<var>\w+)[ \t]*=[ \t]*(?:str[ \t]*\([ \t]*)?(?:secrets\.|uuid\.)?(?<gen>\w+)[ \t]*\(", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RandomVariableCompiled();
    private static Regex RandomVariable() => LinearRegex.Pick(RandomVariableCompiled());

    [GeneratedRegex(@"\b\w+\.(?<field>[a-z_]*token[a-z_]*)[ \t]*=[ \t]*(?<var>\w+)[ \t]*(?:[,)]|$)|(?:[(,][ \t]*|^[ \t]+)(?<field>[a-z_]*token[a-z_]*)[ \t]*=[ \t]*(?<var>\w+)[ \t]*[,)]", RegexOptions.CultureInvariant | RegexOptions.Multiline, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex StoredVariableCompiled();
    private static Regex StoredVariable() => LinearRegex.Pick(StoredVariableCompiled());
}
