namespace Scanner.Core.Components;

/// <summary>What starts a component and where that is declared: <c>node dist/server.js</c> at <c>Dockerfile:14</c>.</summary>
public sealed record ComponentEntry(string Command, string DeclaredIn, int Line);
