using System.Reflection;
using Scanner.Core.Engine;
using Scanner.Core.Rules;

namespace Scanner.Core.Plugins;

/// <summary>
/// Loads plugin assemblies (<c>--plugin PATH.dll</c>), each in its own <see cref="PluginLoadContext"/>, and checks
/// each before any scan: it loads, it is a plugin for this API version, and it brings probes or cards. Every
/// problem with every plugin is reported at once, like card problems. Clashes with built-in ids are found where
/// cards meet: <see cref="ProbeCatalog.LoadAll"/>.
/// </summary>
public static class PluginLoader
{
    // A fleet scan builds a catalog per repository; a plugin is loaded once per process, not once per repository.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    public static IReadOnlyList<Assembly> Load(IReadOnlyList<string> paths)
    {
        var errors = new List<string>();
        var loaded = new List<Assembly>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (LoadOne(path, errors) is { } assembly)
            {
                loaded.Add(assembly);
            }
        }

        return errors.Count > 0 ? throw new CardLoadException(errors) : loaded;
    }

    private static Assembly? LoadOne(string path, List<string> errors)
    {
        var full = Path.GetFullPath(path);
        if (Loaded.TryGetValue(full, out var known))
        {
            return known;
        }

        if (!File.Exists(full))
        {
            errors.Add($"plugin {path}: no such file");
            return null;
        }

        Assembly assembly;
        Type[] types;
        try
        {
            assembly = new PluginLoadContext(full).LoadFromAssemblyPath(full);
            types = assembly.GetTypes();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException)
        {
            errors.Add($"plugin {path}: does not load ({Reason(e)})");
            return null;
        }

        var mark = assembly.GetCustomAttribute<ReadyScanPluginAttribute>();
        if (mark is null)
        {
            errors.Add($"plugin {path}: no [assembly: ReadyScanPlugin(PluginApi.Version)], so it is no ReadyScan plugin (docs/plugins.md)");
            return null;
        }

        if (mark.ApiVersion != PluginApi.Version)
        {
            errors.Add($"plugin {path}: built for plugin API version {mark.ApiVersion}; this readyscan speaks version {PluginApi.Version}");
            return null;
        }

        var probes = types.Count(t => typeof(IProbe).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });
        if (probes == 0 && CardLoader.LoadEmbedded(assembly).Count == 0)
        {
            errors.Add($"plugin {path}: has no probes (no IProbe class and no embedded rules/**.yaml card)");
            return null;
        }

        return Loaded.GetOrAdd(full, assembly);
    }

    private static string Reason(Exception e) => e is ReflectionTypeLoadException types
        ? string.Join("; ", types.LoaderExceptions.Select(x => x?.Message).OfType<string>().Distinct(StringComparer.Ordinal).Take(3))
        : e.Message;
}
