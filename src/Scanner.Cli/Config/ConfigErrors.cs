using YamlDotNet.RepresentationModel;

namespace Scanner.Cli.Config;

/// <summary>Every problem of one config file, each on its own line with the file and line, reported together.</summary>
internal sealed class ConfigErrors(string source)
{
    private readonly List<string> _messages = [];

    public int Count => _messages.Count;

    public void Add(YamlNode node, string message) => Add(ConfigKeys.Line(node), message);

    public void Add(int line, string message) => _messages.Add(line > 0 ? $"{source}:{line}: {message}" : $"{source}: {message}");

    public void ThrowIfAny()
    {
        if (_messages.Count > 0)
        {
            throw new UsageException($"invalid config file ({_messages.Count} problem(s)):\n  {string.Join("\n  ", _messages)}");
        }
    }
}
