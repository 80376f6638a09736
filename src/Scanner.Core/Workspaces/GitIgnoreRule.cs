using System.Text.RegularExpressions;

namespace Scanner.Core.Workspaces;

/// <summary>One line of a .gitignore, compiled, with the folder it was read in.</summary>
internal sealed record GitIgnoreRule(string BaseDir, Regex Regex, bool Negate, bool DirectoryOnly);
