using System.Reflection;
using Scanner.Core.Plugins;
using Scanner.Core.Rules;

namespace Scanner.Core.Engine;

/// <summary>
/// The cards in force (embedded defaults, then a user folder that adds or overrides by id) and the code classes
/// behind <c>code:</c> cards, resolved and checked at load so a scan never starts with a dangling card.
/// </summary>
public sealed class ProbeCatalog
{
    private readonly Dictionary<string, Type> _codeProbes;

    private ProbeCatalog(IReadOnlyList<ProbeCard> cards, Dictionary<string, Type> codeProbes)
    {
        Cards = cards;
        _codeProbes = codeProbes;
    }

    /// <summary>Every card, disabled ones included, sorted by id.</summary>
    public IReadOnlyList<ProbeCard> Cards { get; }

    public IEnumerable<ProbeCard> Enabled => Cards.Where(c => !c.Disabled);

    public static ProbeCatalog Load(IReadOnlyList<Assembly> probeAssemblies, string? rulesDirectory) =>
        LoadAll(probeAssemblies, rulesDirectory is null ? [] : [rulesDirectory]);

    /// <summary>The embedded cards, then each rules folder in order: a card with a known id overrides it.</summary>
    public static ProbeCatalog LoadAll(IReadOnlyList<Assembly> probeAssemblies, IReadOnlyList<string> rulesDirectories)
    {
        var byId = new Dictionary<string, ProbeCard>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var card in probeAssemblies.SelectMany(EmbeddedCards))
        {
            if (!byId.TryAdd(card.Id, card))
            {
                errors.Add($"{card.Source}: duplicate probe id {card.Id} (also in {byId[card.Id].Source})");
            }
        }

        foreach (var card in rulesDirectories.SelectMany(CardLoader.LoadDirectory))
        {
            if (card.Disabled && card.Info.Title.Length == 0 && !byId.ContainsKey(card.Id))
            {
                errors.Add($"{card.Source}: disables '{card.Id}', which is no probe ('readyscan rules list' shows the ids)");
            }

            byId[card.Id] = card;
        }

        // Only classes a card names, or whose short name two classes share, are asked whether they are probes: asking
        // every type (closures, generated regexes) loads each of them, a fixed cost every start would pay.
        var named = byId.Values.Where(c => c.Code is not null).Select(c => c.Code!).ToHashSet(StringComparer.Ordinal);
        var codeProbes = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in ProbeClasses.Candidates(probeAssemblies, named).Where(t => typeof(IProbe).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t != typeof(PatternProbe)))
        {
            if (!codeProbes.TryAdd(type.Name, type))
            {
                errors.Add($"{type.Assembly.GetName().Name}: probe class {type.Name} has the name of a class in {codeProbes[type.Name].Assembly.GetName().Name}; rename it (cards name classes by their short name)");
            }
        }

        foreach (var card in byId.Values.Where(c => c.Code is not null && !c.Disabled))
        {
            if (!codeProbes.ContainsKey(card.Code!))
            {
                errors.Add($"{card.Source}: code class '{card.Code}' does not exist (no IProbe of that name)");
            }
        }

        return errors.Count > 0
            ? throw new CardLoadException(errors)
            : new ProbeCatalog([.. byId.Values.OrderBy(c => c.Id, StringComparer.Ordinal)], codeProbes);
    }

    /// <summary>A plugin's cards are named by the plugin too, so a clash with a built-in id says whose card it is.</summary>
    private static IEnumerable<ProbeCard> EmbeddedCards(Assembly assembly) =>
        assembly.GetCustomAttribute<ReadyScanPluginAttribute>() is null
            ? CardLoader.LoadEmbedded(assembly)
            : CardLoader.LoadEmbedded(assembly).Select(c => c with { Source = $"plugin {assembly.GetName().Name}: {c.Source}" });

    /// <summary>The same catalog with some probes' severities set by the user (a config file's <c>severity:</c>).</summary>
    public ProbeCatalog WithSeverities(IReadOnlyDictionary<string, Model.Severity> severities) =>
        severities.Count == 0
            ? this
            : new ProbeCatalog([.. Cards.Select(c => severities.TryGetValue(c.Id, out var s) ? c with { Info = c.Info with { Severity = s } } : c)], _codeProbes);

    public ProbeCard? Find(string id) => Cards.FirstOrDefault(c => c.Id == id);

    public IProbe Create(ProbeCard card) =>
        card.Code is null ? new PatternProbe() : (IProbe)Activator.CreateInstance(_codeProbes[card.Code])!;
}
