namespace Scanner.Core.Plugins;

/// <summary>
/// Marks an assembly as a ReadyScan plugin built against <see cref="PluginApi.Version"/>:
/// <c>[assembly: ReadyScanPlugin(PluginApi.Version)]</c>. Compiled in, the constant records the version the plugin
/// was built with, which is what the host compares.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ReadyScanPluginAttribute(int apiVersion) : Attribute
{
    public int ApiVersion { get; } = apiVersion;
}
