namespace Scanner.Core.Claims;

/// <summary>
/// A package a ticked checklist line says the project uses ("Passwords hashed with bcrypt", "`npm i helmet`").
/// </summary>
/// <param name="Name">The name as the line writes it, for messages.</param>
/// <param name="Accepts">Package names any one of which, declared, bears the claim out; a name ending in <c>/*</c> accepts a whole scope.</param>
/// <param name="Path">The checklist's path as the reconciler names it.</param>
/// <param name="Line">1-based line of the claim.</param>
/// <param name="Text">The line's plain text, for evidence.</param>
public sealed record ClaimedPackage(string Name, IReadOnlyList<string> Accepts, string Path, int Line, string Text);
