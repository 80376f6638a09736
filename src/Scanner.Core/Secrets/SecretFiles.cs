namespace Scanner.Core.Secrets;

/// <summary>
/// Files whose whole purpose is to hold secrets: .env files (not their templates), private keys, keystores and
/// credential files. Tracked in git, their contents are shared with everyone who can clone the repository.
/// </summary>
public static class SecretFiles
{
    private static readonly string[] TemplateSuffixes = [".example", ".sample", ".template", ".tmpl", ".tpl", ".dist", ".defaults", ".default", ".schema", ".editme"];

    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id_rsa"] = "SSH private key", ["id_dsa"] = "SSH private key", ["id_ecdsa"] = "SSH private key",
        ["id_ed25519"] = "SSH private key", [".git-credentials"] = "git credential store", [".netrc"] = "netrc credentials",
        ["_netrc"] = "netrc credentials", [".pgpass"] = "PostgreSQL password file", [".htpasswd"] = "htpasswd file",
        [".pypirc"] = "PyPI credentials", ["credentials.json"] = "credentials file", ["client_secret.json"] = "OAuth client secret",
        ["application_default_credentials.json"] = "Google Cloud credentials", ["terraform.tfstate"] = "Terraform state (holds secrets in plain text)",
        ["terraform.tfstate.backup"] = "Terraform state (holds secrets in plain text)", ["kubeconfig"] = "Kubernetes credentials",
        [".dockercfg"] = "Docker registry credentials", ["secrets.auto.tfvars"] = "Terraform secrets",
    };

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".key"] = "private key file", [".p12"] = "PKCS#12 keystore", [".pfx"] = "PKCS#12 keystore", [".jks"] = "Java keystore",
        [".keystore"] = "keystore", [".ppk"] = "PuTTY private key", [".kdbx"] = "KeePass database", [".p8"] = "private key file",
    };

    private static readonly Dictionary<string, string> ByPathEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        [".aws/credentials"] = "AWS credentials file", [".docker/config.json"] = "Docker registry credentials",
        [".kube/config"] = "Kubernetes credentials", [".ssh/id_rsa"] = "SSH private key",
    };

    /// <summary>An env file that holds values, not a template of one (.env.example, .env.sample, ...).</summary>
    public static bool IsEnvFile(string path)
    {
        var name = FileName(path).ToLowerInvariant();
        var env = name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal);
        return env && !TemplateSuffixes.Any(name.EndsWith);
    }

    /// <summary>
    /// What kind of secret file the path names, or null. A .pem file counts only when its text (if known) holds a
    /// private key: certificates are public.
    /// </summary>
    public static string? Classify(string path, string? text = null)
    {
        var name = FileName(path);
        if (IsEnvFile(path))
        {
            return "env file";
        }

        if (ByName.TryGetValue(name, out var byName))
        {
            return byName;
        }

        foreach (var (end, kind) in ByPathEnd)
        {
            if (path.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        if (name.EndsWith(".pem", StringComparison.OrdinalIgnoreCase))
        {
            return text is null || text.Contains("PRIVATE KEY", StringComparison.Ordinal) ? "PEM private key" : null;
        }

        return ByExtension.TryGetValue(Path.GetExtension(name), out var byExtension) ? byExtension : null;
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
