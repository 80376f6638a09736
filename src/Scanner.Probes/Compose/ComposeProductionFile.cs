using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Parsing.Yaml;
using Scanner.Core.Text;

namespace Scanner.Probes.Compose;

/// <summary>
/// Production has its own compose file (<c>docker-compose.prod.yml</c>, <c>compose.production.yaml</c>), or the only
/// compose setup is a development one: source bind mounts, dev servers, development modes.
/// </summary>
public sealed partial class ComposeProductionFile : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var problems = new List<Finding>();
        var services = ComposeFiles.Services(context, problems, deployedOnly: false).ToList();
        var files = services.Select(s => s.Doc).DistinctBy(d => d.Path).ToList();
        if (files.Count == 0)
        {
            return problems.Count > 0 ? problems : [context.NotApplicable("no compose file with services")];
        }

        var production = files.Where(d => ProductionName().IsMatch(d.Path[(d.Path.LastIndexOf('/') + 1)..])).ToList();
        if (production.Count > 0)
        {
            return [.. problems, .. production.Select(d => context.AtLine(Outcome.Pass, d, 1, $"production compose file {d.Path}"))];
        }

        var development = services.SelectMany(DevelopmentSettings).ToList();
        if (development.Count > 0)
        {
            return [.. problems, .. development.Select(d => context.AtLine(Outcome.Fail, d.Service.Doc, d.Line,
                $"{d.Service.Name}: {d.What}, and no separate production compose file (docker-compose.prod.yml) exists"))];
        }

        return [.. problems, context.Inconclusive(
            $"one compose setup ({string.Join(", ", files.Select(f => f.Path))}) with no development-only settings: it may be the production one, or production may live elsewhere")];
    }

    private static IEnumerable<(ComposeService Service, int Line, string What)> DevelopmentSettings(ComposeService service)
    {
        foreach (var volume in service.Node["volumes"]?.Items ?? [])
        {
            if (SourceMount().IsMatch(volume.Text))
            {
                yield return (service, volume.Line, $"bind-mounts the source ({volume.Text})");
            }
        }

        if (service.Node["command"] is { } command && DevServer().Match(Flatten(command)) is { Success: true } server)
        {
            yield return (service, command.Line, $"runs a development server ({server.Value})");
        }

        foreach (var variable in service.Node["environment"] is { } environment ? Variables(environment) : [])
        {
            if (DevelopmentMode().IsMatch(variable.Text))
            {
                yield return (service, variable.Line, $"sets {variable.Text}");
            }
        }
    }

    private static string Flatten(YamlNode node) =>
        node.IsSequence ? string.Join(' ', node.Items.Select(i => i.Text)) : node.Text;

    private static IEnumerable<(int Line, string Text)> Variables(YamlNode environment) =>
        environment.IsMapping
            ? environment.Entries.Select(e => (e.Line, $"{e.Name}={e.Value.Text}"))
            : environment.Items.Select(i => (i.Line, i.Text));

    [GeneratedRegex(@"(?i)^(?:docker-)?compose[.-](?:prod|production|live)[.-]?.*\.ya?ml$|^(?:docker-)?compose\.ya?ml\.prod$|\.(?:prod|production)\.compose\.ya?ml$", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ProductionNameCompiled();
    private static Regex ProductionName() => LinearRegex.Pick(ProductionNameCompiled());

    [GeneratedRegex(@"^\.{1,2}(?:/[A-Za-z0-9_.-]*)?:/", RegexOptions.None, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex SourceMountCompiled();
    private static Regex SourceMount() => LinearRegex.Pick(SourceMountCompiled());

    [GeneratedRegex(@"(?i)\b(?:npm run dev|yarn dev|pnpm dev|next dev|nodemon|vite(?: dev)?\b|flask run|manage\.py runserver|--reload\b|dotnet watch)", RegexOptions.None)]
    private static partial Regex DevServer();

    [GeneratedRegex(@"(?i)^(?:NODE_ENV|FLASK_ENV|APP_ENV|ASPNETCORE_ENVIRONMENT|RAILS_ENV)=(?:dev|development)$|^(?:FLASK_DEBUG|DEBUG)=(?:1|true)$", RegexOptions.None)]
    private static partial Regex DevelopmentMode();
}
