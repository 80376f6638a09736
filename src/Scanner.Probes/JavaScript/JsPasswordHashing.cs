using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Server code that handles passwords hashes them with a slow hash (bcrypt, argon2, scrypt, pbkdf2) in wired-in
/// code, and never compares a password as plain text or digests it with MD5/SHA.
/// </summary>
public sealed partial class JsPasswordHashing : IProbe
{
    internal static readonly HashSet<string> Hashers = new(StringComparer.Ordinal)
    {
        "bcrypt", "bcryptjs", "argon2", "@node-rs/argon2", "@node-rs/bcrypt", "@phc/argon2", "scrypt-kdf",
    };

    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "hash", "hashSync", "compare", "compareSync", "verify", "genSalt" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var server = graph.WiredModules().Where(d => context.Card.Files.Matches(d.Path) && !JsCode.IsBrowserCode(d)).ToList();
        var handling = server.SelectMany(d => JsCode.Matches(d, Password(), "assword").Take(1).Select(m => (Doc: d, m.Index))).ToList();
        if (handling.Count == 0)
        {
            return [context.NotApplicable("no wired-in server code handles passwords")];
        }

        var findings = new List<Finding>();
        foreach (var doc in server)
        {
            findings.AddRange(JsCode.Matches(doc, PlainComparison(), "assword").Select(m => context.Fail(doc, m.Index, $"password compared as plain text: {m.Value}")));
            findings.AddRange(JsCode.Matches(doc, FastDigest(), "createHash").Select(m => context.Fail(doc, m.Index, "password digested with a fast hash (MD5/SHA): use bcrypt, argon2 or scrypt")));
        }

        var direct = findings.Count;
        var hashing = PackageCalls.Find(graph, Hashers, Members, bareCalls: false, "slow password hash used")
            .Concat(PackageCalls.Find(graph, Hashers, Members, bareCalls: true, "slow password hash used").Where(e => Members.Any(m => e.What.EndsWith($": {m})", StringComparison.Ordinal))))
            .Concat(graph.Modules.Where(d => ImportsCrypto(graph, d)).SelectMany(d => JsCode.Matches(d, Kdf(), "crypt").Concat(JsCode.Matches(d, Kdf(), "pbkdf2")).DistinctBy(m => m.Index)
                .Select(m => new JsEvidence(d, m.Index, $"slow password hash used (node:crypto {m.Groups["kdf"].Value})"))));
        findings.AddRange(Wiring.Judge(context, graph, hashing.DistinctBy(e => (e.Doc.Path, e.Offset)), "password hashing"));
        if (direct == 0 && !findings.Any(f => f.Outcome == Outcome.Pass))
        {
            var (doc, at) = handling[0];
            findings.Add(context.Fail(doc, at, "passwords are handled here but no wired-in code hashes them with bcrypt, argon2 or scrypt"));
        }

        return findings;
    }

    private static bool ImportsCrypto(ModuleGraph graph, SourceDocument doc) =>
        graph.ImportsOf(doc.Path).Any(i => JsImports.PackageOf(i.Import.Specifier) == "crypto");

    [GeneratedRegex(@"\b[pP]assword(?:Hash)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Password();

    [GeneratedRegex(@"\b(?:[\w$]+\s*\.\s*)*password\s*[!=]==?\s*(?:[\w$]+\s*\.\s*)*password\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PlainComparisonCompiled();
    private static Regex PlainComparison() => LinearRegex.Pick(PlainComparisonCompiled());

    [GeneratedRegex(@"\bcreateHash\s*\(\s*['""`](?:md5|sha1|sha256|sha512)['""`]\s*\)\s*\.\s*update\s*\(\s*(?:[\w$]+\s*\.\s*)*password", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex FastDigestCompiled();
    private static Regex FastDigest() => LinearRegex.Pick(FastDigestCompiled());

    [GeneratedRegex(@"\b(?<kdf>scrypt|scryptSync|pbkdf2|pbkdf2Sync)\s*\(", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex KdfCompiled();
    private static Regex Kdf() => LinearRegex.Pick(KdfCompiled());
}
