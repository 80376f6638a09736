using System.Text.RegularExpressions;

namespace Scanner.Probes.Ci;

/// <summary>
/// What one kind of CI step looks like: a command regex, an action regex (<c>uses:</c> / <c>task:</c>), whether a
/// failure must fail the build for it to count, and whether it must run without someone starting it by hand;
/// <see cref="IsInstall"/> kinds count tool installs (<c>pip install pip-audit</c>), which other kinds skip;
/// <see cref="NeedsTestFiles"/> kinds only count when the repository has test files for the runner to find;
/// <see cref="Subject"/> tells the parts of a kind apart for controls about one part.
/// The regexes are built when first matched: a repository without CI never pays for them.
/// </summary>
public sealed record CiStepKind(string ProbeId, string Label, Lazy<Regex> CommandPattern, Lazy<Regex>? ActionPattern, bool MustBeEnforced = true, bool MustBeAutomatic = true, bool IsInstall = false, bool NeedsTestFiles = false, CiStepSubject? Subject = null)
{
    public Regex Command => CommandPattern.Value;

    public Regex? Action => ActionPattern?.Value;
}
