using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// Python dependencies install the same versions every time: a lock file (poetry.lock, uv.lock, Pipfile.lock,
/// pdm.lock), or requirements files whose every requirement is pinned with <c>==</c> (or hashes). Unpinned lines in
/// production requirements fail; a pyproject.toml or Pipfile with no lock beside it fails.
/// </summary>
public sealed partial class PyDependenciesPinned : IProbe
{
    private static readonly HashSet<string> Locks = new(StringComparer.Ordinal) { "poetry.lock", "uv.lock", "Pipfile.lock", "pdm.lock" };

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var findings = new List<Finding>();
        var manifests = new List<(SourceDocument Doc, int Offset)>();
        var lockFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Workspace.Files.Where(f => !PyPaths.IsSetAside(f.Path) && !PyPaths.IsTest(f.Path) && context.Card.Files.Matches(f.Path)))
        {
            var name = PyPaths.FileName(file.Path);
            if (Locks.Contains(name) && context.Workspace.Read(file) is { } lockDoc)
            {
                lockFolders.Add(PyPaths.Folder(file.Path));
                findings.Add(context.AtLine(Outcome.Pass, lockDoc, 1, $"{name} locks the dependency versions"));
            }
            else if (IsRequirements(file.Path) && context.Workspace.Read(file) is { } requirements)
            {
                findings.AddRange(JudgeRequirements(context, requirements));
            }
            else if (name is "pyproject.toml" or "Pipfile" && context.Workspace.Read(file) is { } manifest && DeclaresDependencies().Match(manifest.Content) is { Success: true } m)
            {
                manifests.Add((manifest, m.Index + m.Length - m.Value.TrimStart().Length));
            }
        }

        var pinnedRequirements = findings.Any(f => f.Outcome == Outcome.Pass);
        foreach (var (manifest, offset) in manifests.Where(m => !lockFolders.Contains(PyPaths.Folder(m.Doc.Path)) && !pinnedRequirements))
        {
            findings.Add(context.Fail(manifest, offset, $"{PyPaths.FileName(manifest.Path)} declares dependencies but no lock file sits beside it (poetry.lock, uv.lock, Pipfile.lock, pdm.lock)"));
        }

        return findings.Count > 0 ? findings : [context.NotApplicable("no Python dependency manifest (requirements*.txt, pyproject.toml, Pipfile)")];
    }

    /// <summary>requirements.txt, requirements/prod.txt, requirements-base.txt: not the dev, test or docs ones.</summary>
    private static bool IsRequirements(string path)
    {
        var name = PyPaths.FileName(path);
        var inFolder = PyPaths.Folder(path).EndsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal);
        return (inFolder || (name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)))
            && !PyCode.IsDevelopmentName(name) && !name.Contains("doc", StringComparison.Ordinal) && !name.Contains("lint", StringComparison.Ordinal);
    }

    private static List<Finding> JudgeRequirements(ProbeContext context, SourceDocument doc)
    {
        var fails = new List<Finding>();
        var requirements = 0;
        for (var line = 1; line <= doc.Text.LineCount; line++)
        {
            var text = doc.Text.Line(line).ToString();
            var hash = text.IndexOf(" #", StringComparison.Ordinal);
            var requirement = (text.TrimStart().StartsWith('#') ? "" : hash >= 0 ? text[..hash] : text).Trim();
            if (requirement.Length == 0 || requirement.StartsWith('-') || requirement.StartsWith('\\'))
            {
                continue;
            }

            requirements++;
            if (!Pinned().IsMatch(requirement))
            {
                fails.Add(context.AtLine(Outcome.Fail, doc, line, $"'{requirement}' is not pinned: each install may get a different version"));
            }
        }

        return fails.Count > 0 || requirements == 0 ? fails : [context.AtLine(Outcome.Pass, doc, 1, $"all {requirements} requirement(s) pinned with ==")];
    }

    [GeneratedRegex(@"===?[ \t]*[\w.*+!-]+|--hash=|@[ \t]*(?:https?|git\+\w+|file)://", RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex PinnedCompiled();
    private static Regex Pinned() => LinearRegex.Pick(PinnedCompiled());

    [GeneratedRegex(@"^\s*(?:dependencies\s*=\s*\[\s*[""']|\[tool\.poetry\.dependencies\]|\[packages\])", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DeclaresDependenciesCompiled();
    private static Regex DeclaresDependencies() => LinearRegex.Pick(DeclaresDependenciesCompiled());
}
