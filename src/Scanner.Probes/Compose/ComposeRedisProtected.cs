using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Text;

namespace Scanner.Probes.Compose;

/// <summary>
/// A Redis service requires authentication: <c>--requirepass</c> / <c>--aclfile</c> on its command line, a mounted
/// redis.conf in the repository with <c>requirepass</c> or ACL users, or the image's password variable.
/// </summary>
public sealed partial class ComposeRedisProtected : IProbe
{
    private static readonly string[] RedisImages = ["redis", "valkey", "keydb", "dragonfly"];

    public IEnumerable<Finding> Run(ProbeContext context) =>
        ComposeFiles.Judge(context, s => RedisImages.Any(r => s.ImageName.Contains(r, StringComparison.Ordinal)) ? [Judge(context, s)] : [], "no Redis service in a compose file");

    private static Finding Judge(ProbeContext context, ComposeService service)
    {
        var command = service.Entry("command");
        var text = command is null ? "" : string.Join(' ', command.Value.AsList().Select(n => n.Text));
        if (command is not null && AuthFlag().IsMatch(text))
        {
            return context.AtLine(Outcome.Pass, service.Doc, command.Line, $"{service.Name} starts with a password or ACL file on its command line");
        }

        if (command is not null && ConfFile().Match(text) is { Success: true } conf && MountedConfig(context, service, conf.Value) is { } finding)
        {
            return finding;
        }

        var environment = service.Entry("environment");
        foreach (var (name, value, line) in Variables(environment?.Value))
        {
            if (name == "ALLOW_EMPTY_PASSWORD" && value.ToLowerInvariant() is "yes" or "true" or "1")
            {
                return context.AtLine(Outcome.Fail, service.Doc, line, $"{service.Name} allows an empty password");
            }

            if ((name is "REDIS_PASSWORD" or "REDIS_PASSWORD_FILE" && value.Length > 0) || (name == "REDIS_ARGS" && AuthFlag().IsMatch(value)))
            {
                return context.AtLine(Outcome.Pass, service.Doc, line, $"{service.Name} sets its password through {name}");
            }
        }

        return context.AtLine(Outcome.Fail, service.Doc, service.Node.Entry("image")?.Line ?? service.Line,
            $"{service.Name} runs Redis without requirepass or ACLs: anything that reaches it can read, write and run commands");
    }

    /// <summary>The repository file mounted at the config path the command names, judged by its requirepass/ACL lines.</summary>
    private static Finding? MountedConfig(ProbeContext context, ComposeService service, string containerPath)
    {
        foreach (var volume in service.Node["volumes"]?.Items.Where(v => v.IsScalar) ?? [])
        {
            var parts = volume.Text.Split(':');
            if (parts.Length < 2 || parts[1] != containerPath)
            {
                continue;
            }

            var folder = service.Doc.Path.Contains('/', StringComparison.Ordinal) ? service.Doc.Path[..service.Doc.Path.LastIndexOf('/')] + "/" : "";
            var hostPath = folder + parts[0].TrimStart('.', '/');
            if (context.Workspace.Read(hostPath) is not { } conf)
            {
                return null;
            }

            for (var line = 1; line <= conf.Text.LineCount; line++)
            {
                if (ConfAuth().IsMatch(conf.Text.Line(line).ToString()))
                {
                    return context.AtLine(Outcome.Pass, conf, line, $"{service.Name} loads {conf.Path}, which requires authentication");
                }
            }

            return context.AtLine(Outcome.Fail, service.Doc, volume.Line, $"{service.Name} loads {conf.Path}, which sets no requirepass and no ACL users");
        }

        return null;
    }

    private static IEnumerable<(string Name, string Value, int Line)> Variables(YamlNode? environment) =>
        environment is null ? []
        : environment.IsMapping ? environment.Entries.Select(e => (e.Name, e.Value.Text, e.Line))
        : environment.Items.Select(i => i.Text.Split('=', 2) is var kv && kv.Length == 2 ? (kv[0], kv[1], i.Line) : (i.Text, "", i.Line));

    [GeneratedRegex(@"--(requirepass\s+[^\s""']|requirepass\s+""[^""]|aclfile\s+\S)", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex AuthFlagCompiled();
    private static Regex AuthFlag() => LinearRegex.Pick(AuthFlagCompiled());

    [GeneratedRegex(@"/[^\s]+\.conf", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConfFileCompiled();
    private static Regex ConfFile() => LinearRegex.Pick(ConfFileCompiled());

    [GeneratedRegex(@"^\s*(requirepass\s+\S|aclfile\s+\S|user\s+\S+\s+.*\bon\b)", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ConfAuthCompiled();
    private static Regex ConfAuth() => LinearRegex.Pick(ConfAuthCompiled());
}
