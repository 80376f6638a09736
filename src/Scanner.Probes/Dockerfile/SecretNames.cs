using System.Text.RegularExpressions;

namespace Scanner.Probes.Dockerfile;

/// <summary>Variable names that say they hold a credential (DB_PASSWORD, API_TOKEN), not ones that point at one (…_FILE, …_URL).</summary>
public static partial class SecretNames
{
    public static bool IsSecret(string name) => SecretName().IsMatch(name) && !Pointer().IsMatch(name);

    [GeneratedRegex(@"(?i)(passw(or)?d|passwd|(^|_)pwd($|_)|secret|token|api_?key|access_?key|private_?key|credential|auth_?key|client_?secret|(^|_)pass($|_))", RegexOptions.None)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?i)_(file|path|dir|url|uri|endpoint|host|length|ttl|expiry|expires|header|name|id|user|username|type|algorithm|enabled)$", RegexOptions.None)]
    private static partial Regex Pointer();
}
