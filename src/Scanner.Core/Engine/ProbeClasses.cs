using System.Reflection;
using System.Reflection.Metadata;

namespace Scanner.Core.Engine;

/// <summary>
/// The classes that may be probes, found by name in the assemblies' metadata. Asking reflection for every type
/// (<see cref="Assembly.GetTypes"/>) loads each of them, thousands with the generated regexes' runners and the
/// closures: about 50 ms of every start. Reading the names from metadata loads none, and only the classes a card
/// names, or whose short name two top-level classes share, are loaded and asked whether they are probes.
/// </summary>
internal static class ProbeClasses
{
    // Plain loops over reference types: LINQ over value tuples would be compiled at start-up (ReadyToRun code cannot
    // hold the framework's generic code instantiated over this assembly's value types), costing more than it saves.
    public static List<Type> Candidates(IReadOnlyList<Assembly> assemblies, IReadOnlySet<string> named)
    {
        var readers = new List<MetadataReader?>(assemblies.Count);
        var topLevel = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            var reader = Metadata(assembly);
            readers.Add(reader);
            foreach (var name in reader is null ? assembly.GetTypes().Where(t => !t.IsNested).Select(t => t.Name) : TopLevelNames(reader))
            {
                topLevel[name] = topLevel.GetValueOrDefault(name) + 1;
            }
        }

        var types = new List<Type>();
        for (var i = 0; i < assemblies.Count; i++)
        {
            if (readers[i] is not { } reader)
            {
                // No metadata to read (a dynamic assembly): reflection's own list, at its cost.
                types.AddRange(assemblies[i].GetTypes().Where(t => named.Contains(t.Name) || (!t.IsNested && topLevel[t.Name] > 1)));
                continue;
            }

            foreach (var handle in reader.TypeDefinitions)
            {
                var definition = reader.GetTypeDefinition(handle);
                var name = reader.GetString(definition.Name);
                if ((named.Contains(name) || (!definition.IsNested && topLevel[name] > 1)) && assemblies[i].GetType(FullName(reader, definition), throwOnError: false) is { } type)
                {
                    types.Add(type);
                }
            }
        }

        return types;
    }

    private static IEnumerable<string> TopLevelNames(MetadataReader reader)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            if (!definition.IsNested)
            {
                yield return reader.GetString(definition.Name);
            }
        }
    }

    /// <summary>The reflection name of a class: <c>Namespace.Outer+Inner</c>.</summary>
    private static string FullName(MetadataReader reader, TypeDefinition definition)
    {
        var name = reader.GetString(definition.Name);
        if (definition.IsNested)
        {
            return FullName(reader, reader.GetTypeDefinition(definition.GetDeclaringType())) + "+" + name;
        }

        var space = reader.GetString(definition.Namespace);
        return space.Length == 0 ? name : space + "." + name;
    }

    private static unsafe MetadataReader? Metadata(Assembly assembly) =>
        assembly.TryGetRawMetadata(out var blob, out var length) ? new MetadataReader(blob, length) : null;
}
