using System.Text;
using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Cli;

/// <summary>
/// A Kubernetes Secret's data values sit on lines that name neither a credential nor the kind, and are judged by
/// what they decode to: no format and no verbose log may print a value, encoded or decoded, found or passed over.
/// </summary>
public sealed class KubernetesSecretLeakTests
{
    private static readonly string[] Decoded =
    [
        "ReadyScanFake-K8s-Decoded-9Qx",
        "{{ .Values.k8sDecodedRef }}",
        "{\"auths\":{\"registry.readyscan.invalid\":{\"auth\":\"NotReal-K8s-Registry-77\"}}}",
    ];

    [Test]
    public void Scan_SecretManifestWithEncodedValues_NeverPrintsEncodedOrDecodedValue()
    {
        var encoded = Decoded.Select(d => Convert.ToBase64String(Encoding.UTF8.GetBytes(d))).ToArray();
        using var tree = new TempTree();
        tree.Write("deploy/secret.yaml", $"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: billing
            type: Opaque
            data:
              config.json: {encoded[0]}
              rendered: {encoded[1]}
              .dockerconfigjson: |
                {encoded[2]}
            stringData:
              settings.ini: NotReal-K8s-StringData-4471
            """);
        string[] planted = [.. encoded, .. Decoded, "NotReal-K8s-StringData-4471", "NotReal-K8s-Registry-77", "k8sDecodedRef"];

        foreach (var format in ReportWriters.Formats)
        {
            var result = Support.Cli.Run("scan", tree.Root, "--format", format, "-v", "--fail-on", "never");

            Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
            Assert.That(result.Stdout, Does.Contain("Kubernetes Secret data value"), $"{format}: the values must have been found");
            var stdout = result.Stdout.Replace("\\", "", StringComparison.Ordinal);
            foreach (var value in planted)
            {
                Assert.That(stdout, Does.Not.Contain(value), $"{format} report leaks {value[..6]}…");
                Assert.That(result.Stderr, Does.Not.Contain(value), $"{format} log leaks {value[..6]}…");
            }
        }
    }
}
