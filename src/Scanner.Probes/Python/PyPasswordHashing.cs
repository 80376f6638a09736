using System.Buffers;
using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// App code that handles passwords hashes them with a slow KDF (werkzeug, passlib, bcrypt, argon2-cffi, Django's
/// hashers and auth system, hashlib.pbkdf2_hmac/scrypt) in a module reachable from the app entry, and never digests
/// a password with MD5/SHA or compares it as plain text.
/// </summary>
public sealed partial class PyPasswordHashing : IProbe
{
    // Both sides of a plain comparison name password or passwd: only the lines holding one are searched.
    private static readonly SearchValues<string> PasswordWords = SearchValues.Create(["passw"], StringComparison.Ordinal);

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = PyGraph.For(context.Workspace);
        if (!graph.IsWebApp)
        {
            return [PyVerdict.NotAWebApp(context)];
        }

        var hits = new List<PyHit>();
        var findings = new List<Finding>();
        (SourceDocument Doc, int Offset)? handling = null;
        foreach (var doc in PyCode.Documents(context, graph))
        {
            hits.AddRange(SlowHashes(doc));
            if (!PyVerdict.Counts(graph, doc.Path) || !PyPaths.IsAppCode(doc.Path))
            {
                continue;
            }

            handling ??= PyCode.Matches(doc, Password(), "pass").Where(m => !IsKeywordArgument(doc, m)).Select(m => ((SourceDocument, int)?)(doc, m.Index)).FirstOrDefault();
            findings.AddRange(PyCode.Matches(doc, FastDigest(), "hashlib").Where(m => Password().IsMatch(PyCode.Arguments(doc, m.Index)))
                .Select(m => context.Fail(doc, m.Index, $"password digested with a fast hash ({m.Value.TrimEnd('(', ' ', '\t')}): use a slow KDF (bcrypt, argon2, pbkdf2)")));
            if (doc.Content.Contains("hashlib", StringComparison.Ordinal))
            {
                findings.AddRange(PyCode.Matches(doc, DigestUpdate(), "update").Select(m => context.Fail(doc, m.Index, "password fed to a fast hashlib digest: use a slow KDF (bcrypt, argon2, pbkdf2)")));
            }

            findings.AddRange((IgnoreCaseSearch.Contains(doc.Content, "pass") ? PyCode.MatchesOnLinesWith(doc, PlainComparison(), PasswordWords) : []).Select(m => context.Fail(doc, m.Index, $"password compared as plain text: {m.Value}")));
            findings.AddRange(PyCode.MatchesOutsideComments(doc, WeakDjangoHasher(), "PASSWORD_HASHERS")
                .Select(m => context.Fail(doc, m.Index, "PASSWORD_HASHERS puts a fast MD5/SHA1 hasher first: new passwords are stored with it")));
            findings.AddRange(PyCode.Matches(doc, CryptContext(), "CryptContext").Where(m => WeakOnly(PyCode.Arguments(doc, m.Index)))
                .Select(m => context.Fail(doc, m.Index, "CryptContext has no slow scheme (bcrypt, argon2, pbkdf2, scrypt)")));
        }

        if (handling is null && hits.Count == 0 && findings.Count == 0)
        {
            return [context.NotApplicable("no app code handles passwords")];
        }

        var direct = findings.Count;
        if (hits.Count > 0)
        {
            findings.AddRange(PyVerdict.Capability(context, graph, hits, "nothing hashes passwords with a slow KDF"));
        }

        if (direct == 0 && handling is { } at && !findings.Any(f => f.Outcome is Outcome.Pass or Outcome.Inconclusive))
        {
            findings.Add(context.Fail(at.Doc, at.Offset, "passwords are handled here but no wired-in code hashes them with a slow KDF (bcrypt, argon2, pbkdf2)"));
        }

        return findings;
    }

    private static IEnumerable<PyHit> SlowHashes(SourceDocument doc)
    {
        var django = doc.Content.Contains("django", StringComparison.Ordinal);
        var calls = PyCode.Matches(doc, Kdf(), "(").Concat(django ? PyCode.Matches(doc, DjangoKdf(), "(") : [])
            .Where(m => !PyCode.OnImportLine(doc, m.Index) && !Definition(doc, m.Index))
            .Where(m => !m.Value.StartsWith("CryptContext", StringComparison.Ordinal) || !WeakOnly(PyCode.Arguments(doc, m.Index)))
            .Select(m => new PyHit(doc, m.Index, $"slow password hash used ({m.Value.TrimStart('.').TrimEnd('(', ' ', '\t')})"));
        var auth = django ? PyCode.MatchesOutsideComments(doc, DjangoAuthApp(), "INSTALLED_APPS") : [];
        return calls.Concat(auth.Select(m => new PyHit(doc, m.Index, "Django's auth system hashes passwords (PBKDF2 unless PASSWORD_HASHERS says otherwise)")));
    }

    private static bool WeakOnly(string arguments) => !SlowScheme().IsMatch(arguments) && WeakScheme().IsMatch(arguments);

    /// <summary><c>connect(password=...)</c> passes a credential on; it does not handle a user's password.</summary>
    private static bool IsKeywordArgument(SourceDocument doc, Match m)
    {
        var after = doc.Content.AsSpan(m.Index + m.Length).TrimStart(" \t");
        return char.IsLetter(m.Value[0]) && after.StartsWith("=") && !after.StartsWith("==") && PyCode.EnclosingArguments(doc, m.Index).Length > 0;
    }

    private static bool Definition(SourceDocument doc, int offset)
    {
        var line = doc.Text.Line(doc.Text.LineOf(offset)).TrimStart();
        return line.StartsWith("def ") || line.StartsWith("async def ");
    }

    [GeneratedRegex(@"\b(?:password|passwd|password_hash|hashed_password|new_password)\b|\[[ \t]*[""'](?:password|passwd)[""'][ \t]*\]|\.get[ \t]*\([ \t]*[""'](?:password|passwd)[""']",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PasswordCompiled();
    private static Regex Password() => LinearRegex.Pick(PasswordCompiled());

    [GeneratedRegex(
        @"\b(?:generate_password_hash|check_password_hash|CryptContext|hashpw|checkpw|PasswordHasher|pbkdf2_hmac|Bcrypt)[ \t]*\(" +
        @"|\b(?:bcrypt|argon2|bcrypt_sha256|pbkdf2_sha256|pbkdf2_sha512|scrypt|sha512_crypt)\.(?:hash|verify|using)[ \t]*\(|\bhashlib\.scrypt[ \t]*\(",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex KdfCompiled();
    private static Regex Kdf() => LinearRegex.Pick(KdfCompiled());

    [GeneratedRegex(@"\b(?:make_password|check_password|set_password|authenticate)[ \t]*\(|\.objects\.create_(?:super)?user[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DjangoKdfCompiled();
    private static Regex DjangoKdf() => LinearRegex.Pick(DjangoKdfCompiled());

    [GeneratedRegex(@"[""']django\.contrib\.auth[""']", RegexOptions.CultureInvariant)]
    private static partial Regex DjangoAuthApp();

    [GeneratedRegex(@"\b(?:hashlib\.)?(?:md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs])[ \t]*\(|\bhashlib\.new[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FastDigestCompiled();
    private static Regex FastDigest() => LinearRegex.Pick(FastDigestCompiled());

    [GeneratedRegex(@"\.update[ \t]*\([ \t]*(?:\w+\.)*(?:password|passwd)[ \t]*[.)]", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DigestUpdateCompiled();
    private static Regex DigestUpdate() => LinearRegex.Pick(DigestUpdateCompiled());

    [GeneratedRegex(
        @"\b(?:\w+\.)*(?:(?:password|passwd)\b|\w+\[[ \t]*[""'](?:password|passwd)[""'][ \t]*\]|\w+\.get[ \t]*\([ \t]*[""'](?:password|passwd)[""'][^)\r\n]*\))" +
        @"[ \t]*[!=]=[ \t]*" +
        @"(?:\w+\.)*(?:(?:password|passwd)\b|\w+\[[ \t]*[""'](?:password|passwd)[""'][ \t]*\]|\w+\.get[ \t]*\([ \t]*[""'](?:password|passwd)[""'][^)\r\n]*\))",
        RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PlainComparisonCompiled();
    private static Regex PlainComparison() => LinearRegex.Pick(PlainComparisonCompiled());

    [GeneratedRegex(@"\bPASSWORD_HASHERS[ \t]*=[ \t]*[\[(]\s*[""'][\w.]*(?:MD5|SHA1)PasswordHasher[""']", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex WeakDjangoHasherCompiled();
    private static Regex WeakDjangoHasher() => LinearRegex.Pick(WeakDjangoHasherCompiled());

    [GeneratedRegex(@"\bCryptContext[ \t]*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CryptContextCompiled();
    private static Regex CryptContext() => LinearRegex.Pick(CryptContextCompiled());

    [GeneratedRegex(@"bcrypt|argon2|pbkdf2|scrypt|sha512_crypt|sha256_crypt", RegexOptions.CultureInvariant)]
    private static partial Regex SlowScheme();

    [GeneratedRegex(@"md5|sha1|plaintext|hex_|ldap_", RegexOptions.CultureInvariant)]
    private static partial Regex WeakScheme();
}
