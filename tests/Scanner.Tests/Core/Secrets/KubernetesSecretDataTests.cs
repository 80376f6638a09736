using Scanner.Core.Secrets;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Secrets;

public sealed class KubernetesSecretDataTests
{
    private const string Manifest = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: billing
        data:
          api-token: UmVhZHlTY2FuRmFrZTlReDd3
          note: Y2hhbmdlbWUtcGxlYXNl
          user: YWRtaW4=
          label: frontend
          ca.bundle: |
            Tm90UmVhbC1LOHMtNDQ3MS1tdWx0aWxpbmU=
        stringData:
          settings.ini: NotReal-K8s-4471
        ---
        kind: ConfigMap
        data:
          greeting: UmVhZHlTY2FuRmFrZS1pbi1hLUNvbmZpZ01hcA==
        """;

    [Test]
    public void Scan_SecretManifest_ReportsEachRealValueAtItsBlockLine()
    {
        var matches = SecretScanner.Scan(Manifest, Language.Yaml).Where(m => m.Kind.Id == "kubernetes-secret-data").ToList();
        var text = new SourceText(Manifest);

        Assert.That(matches.Select(m => text.LineOf(m.ValueStart)), Is.EqualTo(new[] { 6, 11, 13 }));
        Assert.That(matches.Select(m => text.LineOf(m.Start)), Is.EqualTo(new[] { 5, 5, 12 }), "data: and stringData: lines");
    }

    [Test]
    public void Scan_StandInsShortValuesAndOtherKinds_SaysWhyWithoutTheDecodedText()
    {
        var rejected = new List<SecretRejection>();

        SecretScanner.Scan(Manifest, Language.Yaml, rejected, includeGeneric: true);

        var reasons = rejected.Where(r => r.Kind.Id == "kubernetes-secret-data").Select(r => r.Reason).ToList();
        Assert.That(reasons, Does.Contain("decodes to a stand-in or a reference"));
        Assert.That(reasons, Does.Contain("decodes to too little for a credential"));
        Assert.That(reasons, Does.Contain("decodes to too few bytes for a key"), "a plain word is valid base64 of a few bytes");
        Assert.That(reasons, Does.Contain("not a value of a Secret's data or stringData"), "the ConfigMap beside the Secret");
        Assert.That(string.Join("\n", reasons), Does.Not.Contain("changeme").And.Not.Contain("admin"));
    }

    [Test]
    public void Scan_NoSecretKind_FindsNoDataValue()
    {
        var configMap = Manifest.Replace("kind: Secret", "kind: SecretStore", StringComparison.Ordinal);

        var matches = SecretScanner.Scan(configMap, Language.Yaml);

        Assert.That(matches.Select(m => m.Kind.Id), Does.Not.Contain("kubernetes-secret-data"));
    }
}
