using Scanner.Core.Components;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Each deployable Node component (a Next.js app, a server, a single-page app) has the scripts production needs: a
/// <c>build</c> when something must be compiled, and a production entry that runs the server rather than a
/// development one. The entry is the Dockerfile's or Procfile's command when there is one (following
/// <c>npm start</c> into the script), else the <c>start</c> script for a server or Next.js app; a single-page app is
/// served as built files, so its <c>start</c> is a development server by convention and only an entry that runs it
/// is judged. A missing piece a hosting platform may supply (Vercel builds and serves Next.js) is undecided.
/// </summary>
public sealed class JsProductionScripts : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var components = ComponentMap.For(context.Workspace);
        var findings = new List<Finding>();
        foreach (var manifest in graph.Manifests.Where(m => m.Document is not null && !NonProduction.IsSetAside(m.Path) && !CodeKinds.InNonProductFolder(m.Path)))
        {
            if (components.FirstOrDefault(c => c.Ecosystem == "node" && c.Root == manifest.Directory) is not { Production: true, Kind: "next" or "server" or "spa" } component)
            {
                continue;
            }

            // An init wrapper's ENTRYPOINT (dumb-init, tini) starts nothing by itself: the CMD beside it does.
            var launches = component.Entries.Where(e => e.DeclaredIn != manifest.Path && !InitWrapper(Normalize(e.Command))).ToList();
            findings.AddRange(Build(context, manifest, component, launches));
            findings.AddRange(Start(context, manifest, component, launches));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no deployable Node component (Next.js app, server or single-page app) in production code")];
    }

    private static IEnumerable<Finding> Build(ProbeContext context, PackageManifest manifest, Component component, List<ComponentEntry> launches)
    {
        var doc = manifest.Document!;
        // A build that only prints ("echo No build step") builds nothing.
        if (manifest.Scripts.TryGetValue("build", out var build) && !build.TrimStart().StartsWith("echo ", StringComparison.Ordinal))
        {
            yield return context.AtOffset(Outcome.Pass, doc, KeyOffset(doc.Content, "build"), $"{component.Kind} component {Where(manifest)}: build script ({build})");
            yield break;
        }

        var start = manifest.Scripts.GetValueOrDefault("start") ?? "";
        var needs = component.Kind is "next" or "spa" ? $"a {(component.Kind == "next" ? "Next.js app" : "single-page app")} is compiled before it is served"
            : NodeStartCommands.RunsCompiled(start) || launches.Any(l => NodeStartCommands.RunsCompiled(Normalize(l.Command))) ? "its start runs compiled output"
            : null;
        if (needs is null)
        {
            yield break;
        }

        var dockerfiles = context.Workspace.Files.Where(f => component.Contains(f.Path) && LanguageDetector.Detect(f.Path) == Language.Dockerfile && !NonProduction.IsDevelopmentFile(f.Path))
            .Select(context.Workspace.Read).OfType<SourceDocument>().ToList();
        if (dockerfiles.FirstOrDefault(d => NodeStartCommands.Builds(d.Content) && !d.Content.Contains("run build", StringComparison.Ordinal)) is { } builds)
        {
            yield return context.AtFile(Outcome.Pass, builds.Path, $"{component.Kind} component {Where(manifest)}: no build script, but {builds.Path} compiles it");
        }
        else if (launches.Count > 0 || dockerfiles.Count > 0 || NodeStartCommands.RunsCompiled(start))
        {
            yield return context.AtLine(Outcome.Fail, doc, 1, $"{component.Kind} component {Where(manifest)} has no build script, yet {needs} and nothing else here builds it");
        }
        else
        {
            yield return context.AtLine(Outcome.Inconclusive, doc, 1, $"{component.Kind} component {Where(manifest)} has no build script; a hosting platform's framework preset may build it");
        }
    }

    private static IEnumerable<Finding> Start(ProbeContext context, PackageManifest manifest, Component component, List<ComponentEntry> launches)
    {
        var doc = manifest.Document!;
        var entries = launches.Count > 0 ? launches.Select(l => (Command: Normalize(l.Command), Place: $"{l.DeclaredIn}:{l.Line}", l.DeclaredIn, l.Line)).ToList()
            : component.Kind == "spa" || !manifest.Scripts.ContainsKey("start") ? []
            : [(Command: "npm start", Place: "", DeclaredIn: manifest.Path, Line: 0)];
        if (entries.Count == 0)
        {
            yield return component.Kind == "spa"
                ? context.AtLine(Outcome.Pass, doc, 1, $"single-page app {Where(manifest)}: served as built files, no production server to start")
                : context.AtLine(Outcome.Inconclusive, doc, 1, $"{component.Kind} component {Where(manifest)} has no start script, Dockerfile or Procfile entry; its host may start it");
            yield break;
        }

        foreach (var (command, place, declaredIn, line) in entries)
        {
            var (script, text) = Follow(manifest, command);
            var dev = NodeStartCommands.Development(text);
            var prod = dev is null ? NodeStartCommands.Production(text) : null;
            var outcome = dev is not null ? Outcome.Fail : prod is not null ? Outcome.Pass : Outcome.Inconclusive;
            var how = script is null ? $"{place} runs {text}" : $"{(place.Length > 0 ? place + " runs " : "")}the {script} script: {text}";
            var message = dev is not null ? $"production entry of the {component.Kind} component {Where(manifest)} runs a development server or watcher ({dev}): {how}"
                : prod is not null ? $"production entry of the {component.Kind} component {Where(manifest)} runs the production server ({prod}): {how}"
                : $"production entry of the {component.Kind} component {Where(manifest)} not recognised as a server, development or production: {how}";
            yield return script is not null && (place.Length == 0 || outcome == Outcome.Fail)
                ? context.AtOffset(outcome, doc, KeyOffset(doc.Content, script), message)
                : context.Workspace.Read(declaredIn) is { } launch ? context.AtLine(outcome, launch, line, message) : context.AtFile(outcome, declaredIn, message);
        }
    }

    /// <summary>The package script a command delegates to (one level or two: start calls start:prod) and the command it ends in.</summary>
    private static (string? Script, string Text) Follow(PackageManifest manifest, string command)
    {
        string? script = null;
        for (var hop = 0; hop < 3 && NodeStartCommands.Delegated(command) is { } next && manifest.Scripts.TryGetValue(next, out var body); hop++)
        {
            (script, command) = (next, body);
        }

        return (script, command);
    }

    private static bool InitWrapper(string command) =>
        command.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && first is "dumb-init" or "tini" or "/sbin/tini" or "/usr/bin/dumb-init" &&
        command.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(p => p.StartsWith('-') || p.Contains("init", StringComparison.Ordinal) || p.Contains("tini", StringComparison.Ordinal));

    private static string Normalize(string command) => command.Replace('"', ' ').Replace(',', ' ').Replace('[', ' ').Replace(']', ' ').Trim();

    private static string Where(PackageManifest manifest) => manifest.Directory.Length == 0 ? "at the root" : $"in {manifest.Directory}";

    private static int KeyOffset(string json, string key)
    {
        var scripts = json.IndexOf("\"scripts\"", StringComparison.Ordinal);
        var at = json.IndexOf($"\"{key}\"", Math.Max(0, scripts), StringComparison.Ordinal);
        return Math.Max(0, at);
    }
}
