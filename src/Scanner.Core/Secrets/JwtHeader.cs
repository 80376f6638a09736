using System.Text;
using System.Text.Json;

namespace Scanner.Core.Secrets;

/// <summary>A JWT is only a JWT when its header decodes to a JSON object naming an algorithm.</summary>
public static class JwtHeader
{
    public static bool HasAlgorithm(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var segment = dot < 0 ? token : token[..dot];
        var base64 = segment.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("alg", out var alg)
                && alg.ValueKind == JsonValueKind.String;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }
}
