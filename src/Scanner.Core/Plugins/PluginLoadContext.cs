using System.Reflection;
using System.Runtime.Loader;

namespace Scanner.Core.Plugins;

/// <summary>
/// One plugin's own load context: its private dependencies load from its folder, while every assembly the host
/// has (Scanner.Core above all, Serilog, YamlDotNet, the framework) resolves to the host's copy, so the plugin's
/// <c>IProbe</c> is the host's <c>IProbe</c> even when the plugin ships a copy of its own.
/// </summary>
internal sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext($"readyscan-plugin:{Path.GetFileName(pluginPath)}")
{
    private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (HostHas(assemblyName))
        {
            return null;
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    /// <summary>Loaded already, or listed in the host's dependencies: either way the default context answers.</summary>
    private static bool HostHas(AssemblyName name)
    {
        if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name)))
        {
            return true;
        }

        try
        {
            Default.LoadFromAssemblyName(name);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }
}
