using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.Repo;

/// <summary>
/// Environment-specific configuration files are loaded by something: a production config module some code imports,
/// a framework config variant a script or config names (<c>webpack --config webpack.prod.js</c>), a Django settings
/// module DJANGO_SETTINGS_MODULE names, node-config's <c>config/production.json</c>, ASP.NET's
/// <c>appsettings.Production.json</c> under the default host. Every such file left unloaded fails (a
/// <c>next.config.production.ts</c> Next never reads, a <c>config/production.ts</c> nothing imports); a config path
/// built at run time (<c>require(`./config/${env}`)</c>) leaves it undecided.
/// </summary>
public sealed partial class RepoEnvironmentConfigsLoaded : IProbe
{
    private const int Shown = 4;

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var workspace = context.Workspace;
        var candidates = workspace.Files.Select(f => f.Path).Where(p => !NonProduction.IsSetAside(p) && !CodeKinds.IsTest(p) && !IsProse(p) && IsEnvironmentConfig(p)).Order(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return [context.NotApplicable("no environment-specific configuration file (config/production.*, *.config.production.*, settings/production.py, appsettings.Production.json)")];
        }

        var texts = workspace.Files.Select(f => f.Path).Where(p => !IsProse(p) && !NonProduction.IsSetAside(p)).Select(workspace.Read).OfType<SourceDocument>().ToList();
        var graph = candidates.Exists(IsScript) ? ModuleGraph.For(workspace) : null;
        var loaded = new List<Finding>();
        var dead = new List<string>();
        foreach (var path in candidates)
        {
            if (LoadedBy(path, texts, graph) is { } why)
            {
                loaded.Add(context.AtFile(Outcome.Pass, path, $"{path} is loaded: {why}"));
            }
            else
            {
                dead.Add(path);
            }
        }

        if (loaded.Count > 0)
        {
            return loaded.Take(Shown);
        }

        if (texts.FirstOrDefault(d => DynamicLoad().IsMatch(d.Content)) is { } dynamic)
        {
            return [context.Inconclusive($"no environment-specific config is loaded by name, but {dynamic.Path} builds a config path at run time, which may load them", new SourceLocation(dynamic.Path, dynamic.Text.LineOf(DynamicLoad().Match(dynamic.Content).Index)))];
        }

        return dead.Take(Shown).Select(p => context.AtFile(Outcome.Fail, p, $"{p}: nothing imports, names or loads this environment-specific config{(IsFrameworkVariant(p) ? " (the framework reads its config only by its usual name)" : "")}"));
    }

    private static bool IsScript(string path) => Script().IsMatch(path);

    // Documentation describes configs; only files a tool reads can load one.
    private static bool IsProse(string path) => Prose().IsMatch(path);

    private static bool IsEnvironmentConfig(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return IsFrameworkVariant(path) || AppSettings().IsMatch(name) || SettingsModule().IsMatch(name)
            || (Parent(path).ToLowerInvariant() is "config" or "configs" or "settings" or "conf" && EnvironmentFile().IsMatch(name));
    }

    /// <summary>The name of the folder holding <paramref name="path"/> ("config" for src/config/production.ts).</summary>
    private static string Parent(string path)
    {
        var folder = RepoPath.DirectoryOf(path);
        return folder[(folder.LastIndexOf('/') + 1)..];
    }

    private static bool IsFrameworkVariant(string path) => FrameworkVariant().IsMatch(path[(path.LastIndexOf('/') + 1)..]);

    /// <summary>Why the file is loaded, or null when nothing is seen loading it.</summary>
    private static string? LoadedBy(string path, List<SourceDocument> texts, ModuleGraph? graph)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (AppSettings().IsMatch(name))
        {
            return texts.FirstOrDefault(d => d.Path.EndsWith(".cs", StringComparison.Ordinal) && HostBuilder().IsMatch(d.Content)) is { } host
                ? $"the ASP.NET default host ({host.Path}) reads appsettings.{{Environment}}.json" : null;
        }

        if (graph?.ImportersOf(path).FirstOrDefault(i => !CodeKinds.IsTest(i)) is { } importer)
        {
            return $"imported by {importer}";
        }

        // next.config.production.ts is named as "next.config.production"; config/production.ts as "config/production".
        var parent = Parent(path);
        var stem = name[..name.IndexOf('.', StringComparison.Ordinal)];
        string[] needles = IsFrameworkVariant(path) || SettingsModule().IsMatch(name) ? [name[..name.LastIndexOf('.')]] : [$"{parent}/{stem}", $"{parent}.{stem}"];
        if (texts.FirstOrDefault(d => d.Path != path && needles.Any(n => d.Content.Contains(n, StringComparison.Ordinal))) is { } mention)
        {
            return $"named in {mention.Path}";
        }

        return parent == "config" && name.EndsWith(".json", StringComparison.Ordinal) && texts.Any(d => d.Path.EndsWith("package.json", StringComparison.Ordinal) && NodeConfig().IsMatch(d.Content))
            ? "node-config reads config/{NODE_ENV}.json" : null;
    }

    [GeneratedRegex(@"^(?:[\w-]{1,40}\.config\.(?:prod|production|staging|dev|development)|(?:webpack|vite|rollup)\.(?:prod|production|dev|development))\.[cm]?[jt]s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrameworkVariant();

    [GeneratedRegex(@"^(?:production|prod|staging|development|dev)\.(?:[cm]?[jt]s|json|ya?ml|py|toml)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnvironmentFile();

    [GeneratedRegex(@"^settings[_.](?:production|prod|staging)\.py$", RegexOptions.CultureInvariant)]
    private static partial Regex SettingsModule();

    [GeneratedRegex(@"^appsettings\.(?:Production|Staging)\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex AppSettings();

    [GeneratedRegex(@"\.(?:md|mdx|markdown|rst|adoc|txt|html?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Prose();

    [GeneratedRegex(@"\.[cm]?[jt]sx?$", RegexOptions.CultureInvariant)]
    private static partial Regex Script();

    [GeneratedRegex(@"WebApplication\.Create(?:Slim)?Builder|CreateDefaultBuilder|Host\.CreateApplicationBuilder", RegexOptions.CultureInvariant)]
    private static partial Regex HostBuilder();

    [GeneratedRegex(@"""config""[ \t]{0,4}:", RegexOptions.CultureInvariant)]
    private static partial Regex NodeConfig();

    // require(`./config/${env}`), import(`../config/${process.env.NODE_ENV}.js`), './config/' + env, f"settings.{env}"
    [GeneratedRegex(@"(?:config|settings|conf)[/.][ \t]{0,2}(?:\$\{|['""][ \t]{0,4}\+|\{(?:env|environment|ENV|stage)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DynamicLoad();
}
