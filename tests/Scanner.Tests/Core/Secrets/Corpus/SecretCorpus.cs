using System.Globalization;

namespace Scanner.Tests.Core.Secrets.Corpus;

/// <summary>
/// The labelled test set: provider tokens generated in their real formats and placed in a dozen file syntaxes,
/// hand-written free-form credentials, and hard negatives (placeholders, references, metadata names, hashes,
/// UUIDs, documentation, test fixtures, lock files, bundles), plus every provider format filled with filler.
/// </summary>
internal static class SecretCorpus
{
    private const int ValuesPerKind = 2;

    /// <summary>Where a bare provider value is put: a file path and a line, {v} standing for the value.</summary>
    private static readonly (string Path, string Line)[] Contexts =
    [
        ("src/config/keys.js", "export const serviceCredential = '{v}';"),
        ("app/settings.py", "SERVICE_CREDENTIAL = \"{v}\""),
        ("deploy/values.yaml", "  serviceCredential: {v}"),
        (".env.production", "SERVICE_CREDENTIAL={v}"),
        ("config/appsettings.Production.json", "  \"ServiceCredential\": \"{v}\","),
        ("scripts/deploy.sh", "export SERVICE_CREDENTIAL='{v}'"),
        ("Dockerfile", "ENV SERVICE_CREDENTIAL={v}"),
        ("src/main/resources/application.properties", "service.credential={v}"),
        ("config/Web.config", "    <add key=\"ServiceCredential\" value=\"{v}\" />"),
        ("infra/main.tf", "  service_credential = \"{v}\""),
        ("docs/runbook.md", "Use `{v}` when the dashboard asks for it."),
        ("src/Client.cs", "    private const string ServiceCredential = \"{v}\";"),
    ];

    private static readonly string Folder = Path.Combine(Support.RepoPaths.Root, "tests", "Scanner.Tests", "Core", "Secrets", "Corpus");

    public static IReadOnlyList<LabelledSample> Positives()
    {
        var samples = new List<LabelledSample>();
        var n = 0;
        foreach (var (kind, template) in ProviderFormats.Templates.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < ValuesPerKind; i++, n++)
            {
                var value = FakeValue.Expand(template, seed: (n * 7919) + 17);
                var (path, line) = ProviderFormats.SelfContained.Contains(kind) ? ("deploy/service.conf", "{v}") : Contexts[n % Contexts.Length];
                samples.Add(new LabelledSample($"{kind}#{i}", path, line.Replace("{v}", value, StringComparison.Ordinal), kind, value));
            }
        }

        samples.AddRange(Structured());
        foreach (var (row, blind, fields) in Rows("generic-positives.tsv", 4))
        {
            var text = fields[3].Replace("{v}", fields[2], StringComparison.Ordinal).Replace("⏎", "\n", StringComparison.Ordinal);
            samples.Add(new LabelledSample($"generic#{row}", fields[1], text, fields[0], fields[2]) { Blind = blind });
        }

        return samples;
    }

    public static IReadOnlyList<LabelledSample> Negatives()
    {
        var samples = Rows("negatives.tsv", 2)
            .Select(r => new LabelledSample($"negative#{r.Row}", r.Fields[0], r.Fields[1].Replace("⏎", "\n", StringComparison.Ordinal)) { Blind = r.Blind })
            .ToList();
        var n = 0;
        foreach (var (kind, template) in ProviderFormats.Templates.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (path, line) = Contexts[n++ % Contexts.Length];
            samples.Add(new LabelledSample($"filler#{kind}", path, line.Replace("{v}", FakeValue.Filler(template), StringComparison.Ordinal)));
        }

        var random = new Random(20240501);
        string[] uuidLines = ["CLIENT_SECRET={v}", "  \"apiKey\": \"{v}\",", "session_token = '{v}'", "TENANT_ID={v}", "  secret_id: {v}"];
        string[] hashLines = ["  \"sha256\": \"{v}\",", "password_hash = '{v}'", "TOKEN_DIGEST={v}", "  secret_checksum: {v}", "commit_sha: {v}"];
        for (var i = 0; i < 15; i++)
        {
            var uuid = new Guid(Bytes(random, 16)).ToString();
            samples.Add(new LabelledSample($"uuid#{i}", "config/ids.env", uuidLines[i % uuidLines.Length].Replace("{v}", uuid, StringComparison.Ordinal)));
            var hash = Convert.ToHexStringLower(Bytes(random, i % 3 == 0 ? 20 : 32));
            samples.Add(new LabelledSample($"hash#{i}", "config/digests.yml", hashLines[i % hashLines.Length].Replace("{v}", hash, StringComparison.Ordinal)));
        }

        return samples;
    }

    /// <summary>JWTs with a decodable header and private key blocks: structure a template cannot express.</summary>
    private static IEnumerable<LabelledSample> Structured()
    {
        string[] jwts =
        [
            Jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"readyscan-fake-user\",\"iat\":1700000000}", 1),
            Jwt("{\"alg\":\"RS256\",\"kid\":\"readyscan-fake\"}", "{\"iss\":\"https://auth.readyscan.invalid\",\"aud\":\"not-real\"}", 2),
            Jwt("{\"typ\":\"JWT\",\"alg\":\"ES256\"}", "{\"role\":\"service\",\"fake\":true}", 3),
        ];
        yield return new LabelledSample("jwt#0", "src/api/session.js", $"const session = '{jwts[0]}';", "jwt", jwts[0]);
        yield return new LabelledSample("jwt#1", ".env", $"SERVICE_JWT={jwts[1]}", "jwt", jwts[1]);
        yield return new LabelledSample("jwt#2", "scripts/call.sh", $"curl -H \"Authorization: Bearer {jwts[2]}\" https://api.readyscan.invalid", "jwt", jwts[2]);
        for (var i = 0; i < 3; i++)
        {
            var body = Convert.ToBase64String([.. "ReadyScan fake key, not real: "u8, .. Bytes(new Random(900 + i), 96)]);
            var type = i == 0 ? "RSA " : i == 1 ? "" : "OPENSSH ";
            var block = $"-----BEGIN {type}PRIVATE KEY-----\n{body}\n-----END {type}PRIVATE KEY-----";
            var (path, text) = i == 1
                ? ("config/service-account.json", $"  \"private_key\": \"{block.Replace("\n", "\\n", StringComparison.Ordinal)}\\n\",")
                : ($"keys/readyscan-fake-{i}.pem", block);
            yield return new LabelledSample($"private-key#{i}", path, text, "private-key", body);
        }
    }

    private static string Jwt(string header, string payload, int seed) =>
        $"{Base64Url(header)}.{Base64Url(payload)}.{FakeValue.Expand("{anx:43}", seed)}";

    private static string Base64Url(string json) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>The data rows of a TSV file; rows after a "# --- blind" line are flagged blind.</summary>
    private static IEnumerable<(int Row, bool Blind, string[] Fields)> Rows(string file, int columns)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file));
        var blind = false;
        for (var i = 0; i < lines.Length; i++)
        {
            blind |= lines[i].StartsWith("# --- blind", StringComparison.Ordinal);
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var fields = lines[i].Split('\t', columns);
            if (fields.Length != columns)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{file}:{i + 1}: expected {columns} tab-separated fields"));
            }

            yield return (i + 1, blind, fields);
        }
    }
}
