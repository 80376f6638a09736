namespace Scanner.Probes.CSharp;

/// <summary>A .csproj read as text: its folder, whether it is a web app or a test project, and the projects it references.</summary>
public sealed record CsProjectFile(string Path, string Folder, bool IsWeb, bool IsTest, IReadOnlyList<string> References);
