using System.Globalization;

namespace Scanner.Core.Engine;

/// <summary>
/// The time a parser may spend on one file, whatever the file holds (<see cref="ScanOptions.FileBudget"/>). The
/// engine sets it for the thread a probe runs on; a parser takes a token that runs out after it
/// (<see cref="Source"/>: Roslyn's parse and the C# depth walk), and a file past it becomes an Inconclusive finding
/// with a time-budget note naming the file, instead of a scan that hangs. Generous on purpose: a backstop for input
/// no structural bound foresaw, not a deadline real files meet by luck, so reports do not vary between machines.
/// </summary>
public static class FileBudget
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(20);

    [ThreadStatic]
    private static TimeSpan? t_budget;

    /// <summary>The budget for the probe about to run on this thread (probes run one per thread).</summary>
    public static void Use(TimeSpan budget) => t_budget = budget;

    public static void Clear() => t_budget = null;

    /// <summary>Cancelled once a whole budget has passed from now: each file parsed gets a clock of its own.</summary>
    public static CancellationTokenSource Source() => new(t_budget ?? Default);

    /// <summary>The budget in force on this thread.</summary>
    public static TimeSpan Current => t_budget ?? Default;

    /// <summary>The exception for <paramref name="path"/> being past the budget, as the engine reports it.</summary>
    public static WorkBudgetException Exceeded(string? path) =>
        new(path ?? "", string.Create(CultureInfo.InvariantCulture, $"parsing it ran past the {Describe(t_budget ?? Default)} per-file time budget"));

    private static string Describe(TimeSpan budget) =>
        budget >= TimeSpan.FromSeconds(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{budget.TotalSeconds:0.#} s")
            : string.Create(CultureInfo.InvariantCulture, $"{budget.TotalMilliseconds:0} ms");
}
