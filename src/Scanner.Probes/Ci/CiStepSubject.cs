using System.Text.RegularExpressions;

namespace Scanner.Probes.Ci;

/// <summary>
/// Splits one step kind's findings by subject, so a control about part of it (static code scanning within security
/// scanning) counts only its own steps: a step matching <see cref="CommandPattern"/> or <see cref="ActionPattern"/> is about
/// <see cref="Name"/>, any other about <see cref="Other"/>. The "no such step" failure has no subject and so
/// speaks for every part.
/// </summary>
public sealed record CiStepSubject(string Name, string Other, Lazy<Regex> CommandPattern, Lazy<Regex> ActionPattern)
{
    public string Of(CiCommand command) =>
        (command.Uses is null ? CommandPattern.Value.IsMatch(command.Text) : ActionPattern.Value.IsMatch(command.Uses)) ? Name : Other;
}
