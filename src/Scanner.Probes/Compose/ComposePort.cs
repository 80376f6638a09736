using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Compose;

/// <summary>A <c>ports:</c> entry in short (<c>"127.0.0.1:5432:5432"</c>) or long (<c>target/published/host_ip</c>) syntax.</summary>
public sealed record ComposePort(string HostIp, string Published, int Target, int Line)
{
    public bool IsLoopbackOnly => HostIp is "127.0.0.1" or "::1" or "[::1]" or "localhost";

    public static ComposePort? Parse(YamlNode entry)
    {
        if (entry.IsMapping)
        {
            return int.TryParse(entry["target"]?.Text, out var target)
                ? new ComposePort(entry["host_ip"]?.Text ?? "", entry["published"]?.Text ?? "", target, entry.Line)
                : null;
        }

        var text = entry.Text.Split('/')[0];
        var ip = "";
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            ip = close > 0 ? text[..(close + 1)] : "";
            text = close > 0 ? text[(close + 1)..].TrimStart(':') : text;
        }

        var parts = text.Split(':');
        if (parts.Length == 3)
        {
            ip = parts[0];
        }

        var published = parts.Length >= 2 ? parts[^2] : "";
        return int.TryParse(parts[^1].Split('-')[0], out var port) ? new ComposePort(ip, published, port, entry.Line) : null;
    }
}
