using System.Text;

namespace Scanner.Tests.Core.Secrets;

/// <summary>
/// Fake credentials in <c>curl -H "Authorization: Basic|Bearer …"</c> lines, as scripts, CI files, Dockerfiles and
/// READMEs carry them: a JWT-shaped value (the detector redacts it keeping its <c>eyJ</c> prefix) and a base64 one.
/// Assembled from obviously fake parts, so no real-looking token is committed.
/// </summary>
internal static class CurlHeaders
{
    public static string Jwt { get; } = string.Join('.', Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"), Base64Url("{\"sub\":\"ReadyScanFakeUser\",\"name\":\"Not Real Example\"}"), Base64Url("ReadyScan-fake-signature-0000-not-real"));

    public static string Basic { get; } = Convert.ToBase64String(Encoding.UTF8.GetBytes("readyscan-fake-user:NotARealPassword0000"));

    public static IEnumerable<string> Values => [Jwt, Basic];

    /// <summary>Every scheme with every value, as one curl command each.</summary>
    public static IEnumerable<string> Commands =>
        from scheme in new[] { "Basic", "Bearer" }
        from value in Values
        select $"curl -H \"Authorization: {scheme} {value}\" https://api.example.invalid/v1";

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
