using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// What a start command runs: a development server or watcher (<c>next dev</c>, <c>nodemon</c>, bare <c>vite</c>,
/// <c>react-scripts start</c>, <c>tsx watch</c>, <c>--watch</c>), a production server (<c>next start</c>,
/// <c>node dist/server.js</c>, <c>serve</c>, <c>pm2-runtime</c>, nginx), or a package script it delegates to
/// (<c>npm start</c>, <c>yarn run start:prod</c>), which the caller follows.
/// </summary>
internal static partial class NodeStartCommands
{
    /// <summary>The development server or watcher the command runs, or null.</summary>
    public static string? Development(string command) => Dev().Match(command) is { Success: true } m ? m.Value.Trim() : null;

    /// <summary>The production server the command runs, or null.</summary>
    public static string? Production(string command) => Prod().Match(command) is { Success: true } m ? m.Value.Trim() : null;

    /// <summary>The package script a command delegates to (<c>npm start</c> is "start"), or null.</summary>
    public static string? Delegated(string command) =>
        RunScript().Match(command) is { Success: true } m ? m.Groups["script"].Success ? m.Groups["script"].Value : "start" : null;

    /// <summary>True when the command runs compiled output (<c>node dist/index.js</c>), which something must build.</summary>
    public static bool RunsCompiled(string command) => Compiled().IsMatch(command);

    /// <summary>True when the command compiles or bundles by itself (<c>tsc</c>, <c>next build</c>, <c>vite build</c> ...).</summary>
    public static bool Builds(string command) => Build().IsMatch(command);

    [GeneratedRegex(@"\bnext\s+dev\b|\bnodemon\b|\bts-node-dev\b|\btsnd\b|\btsx\s+watch\b|\bnode\s+--watch\b|--watch\b|\bvite(?:\s+(?:dev|serve)\b|\s*$|\s+--)|\breact-scripts\s+start\b|\bwebpack(?:-dev-server|\s+serve)\b|\bng\s+serve\b|\b(?:nuxt|astro|remix|vinxi)\s+dev\b|\bgatsby\s+develop\b|\bvue-cli-service\s+serve\b|\bnest\s+start\s+--(?:watch|debug)\b|\bbun\s+(?:--hot|--watch)\b|\bcraco\s+start\b|\breact-app-rewired\s+start\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DevCompiled();
    private static Regex Dev() => LinearRegex.Pick(DevCompiled());

    [GeneratedRegex(@"\bnext\s+start\b|\bnode\s+(?:-[\w-]+(?:[= ]\S+)?\s+)*[\w./@-]+|\bserve\s+(?:-s\b|\S)|\bpm2(?:-runtime|\s+start)\b|\bnest\s+start\b|\b(?:remix-serve|react-router-serve)\b|\bnuxt\s+start\b|\bnginx\b|\bhttp-server\b|\bbun\s+(?:run\s+)?[\w./-]+\.(?:ts|js|mjs)\b|\bts-node\s|\btsx\s+[\w./-]+\.ts\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProdCompiled();
    private static Regex Prod() => LinearRegex.Pick(ProdCompiled());

    [GeneratedRegex(@"\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?(?<script>start(?::[\w:-]+)?|serve|prod(?::[\w:-]+)?|dev(?::[\w:-]+)?|production)\b|\b(?:npm|pnpm|yarn)\s+start\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex RunScriptCompiled();
    private static Regex RunScript() => LinearRegex.Pick(RunScriptCompiled());

    [GeneratedRegex(@"\bnode\s+(?:-[\w-]+(?:[= ]\S+)?\s+)*(?:\./)?(?:dist|build|out|lib|\.next|\.output)/", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex CompiledCompiled();
    private static Regex Compiled() => LinearRegex.Pick(CompiledCompiled());

    [GeneratedRegex(@"\btsc\b|\b(?:next|vite|nest|nuxt|astro|remix|react-router|ng|gatsby)\s+build\b|\breact-scripts\s+build\b|\bcraco\s+build\b|\besbuild\b|\bwebpack\b|\brollup\b|\btsup\b|\bparcel\s+build\b|\bswc\b|\bbabel\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex BuildCompiled();
    private static Regex Build() => LinearRegex.Pick(BuildCompiled());
}
