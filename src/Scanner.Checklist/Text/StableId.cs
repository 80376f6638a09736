using System.Security.Cryptography;
using System.Text;

namespace Scanner.Checklist.Text;

/// <summary>
/// A short stable identity for a checklist statement, built from what it says and where (file), never from its
/// line number, so code-scanning tools keep tracking it when lines move.
/// </summary>
internal static class StableId
{
    public static string Of(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))))[..20];
}
