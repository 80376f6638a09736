namespace Scanner.Core.Plugins;

/// <summary>
/// The version of the surface a plugin builds against: <see cref="Engine.IProbe"/>, <see cref="Engine.ProbeContext"/>,
/// <see cref="Model.Finding"/>, <see cref="Model.Fact"/> and the card format. It changes only when one of them changes
/// in a way that breaks a compiled plugin; additions keep it. A plugin names the version it was built for with
/// <see cref="ReadyScanPluginAttribute"/>, and a plugin for another version is refused with a clear message
/// instead of failing with a missing method halfway through a scan. docs/plugins.md documents the surface.
/// </summary>
public static class PluginApi
{
    public const int Version = 1;
}
