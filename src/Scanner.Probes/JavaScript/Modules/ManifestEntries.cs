using System.Text.RegularExpressions;

namespace Scanner.Probes.JavaScript.Modules;

/// <summary>
/// Entry points a package.json names: <c>main</c>, <c>module</c>, <c>bin</c>, <c>exports</c>, the files its
/// start/dev/serve/server/worker scripts run (<c>node src/server.js</c>, <c>tsx watch src/index.ts</c>,
/// <c>node -r ./tracing.js dist/index.js</c>), and Node's default <c>index.js</c> when it names none.
/// </summary>
internal static partial class ManifestEntries
{
    public static IEnumerable<EntryPoint> Find(PackageManifest manifest, ModuleResolver resolver)
    {
        var found = new List<EntryPoint>();
        foreach (var entry in manifest.EntryFiles)
        {
            if (resolver.ResolveFile(manifest.Directory, entry) is { } path)
            {
                found.Add(new EntryPoint(path, $"{manifest.Path} names it ('{entry}')"));
            }
        }

        foreach (var (name, command) in manifest.Scripts)
        {
            if (!RunScript().IsMatch(name))
            {
                continue;
            }

            foreach (var token in Tokens(command))
            {
                if (resolver.ResolveFile(manifest.Directory, token) is { } path)
                {
                    found.Add(new EntryPoint(path, $"{manifest.Path} script '{name}' runs it"));
                }
            }
        }

        if (manifest.EntryFiles.Count == 0 && resolver.ResolveFile(manifest.Directory, "index.js") is { } index)
        {
            found.Add(new EntryPoint(index, $"{manifest.Path} has no main, so Node loads index.js"));
        }

        return found;
    }

    /// <summary>Words of a shell command that may name a file: paths and script names, not flags or tools.</summary>
    private static IEnumerable<string> Tokens(string command)
    {
        foreach (var raw in command.Split([' ', '\t', '=', ';', '|', '&', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim('"', '\'');
            if (token.StartsWith('-') || token.StartsWith('$'))
            {
                continue;
            }

            if (token == "." || token.Contains('/', StringComparison.Ordinal) || ModuleResolver.IsModulePath(token))
            {
                yield return token;
            }
        }
    }

    [GeneratedRegex(@"^(?:start|dev|develop|serve|server|prod|production|preview|worker|watch)(?::[\w:.-]*)?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex RunScript();
}
