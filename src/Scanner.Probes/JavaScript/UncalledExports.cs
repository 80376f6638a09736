using System.Text.RegularExpressions;
using Scanner.Core.Workspaces;
using Scanner.Core.Text;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Wiring is decided per module, but a helper module is often imported for one function while another one in it,
/// the one a probe found, is never called (a validation file imported for its upload check, whose password rule
/// nothing uses). This finds the exported top-level function or constant around a place, and says whether its name
/// occurs anywhere else in the product's code: in the same file or another module. Entry points are left alone (the
/// framework calls their exports by name: route handlers, middleware, pages), and so are default exports. One instance
/// serves one judgement: several pieces of evidence in the same export search the product's code for its name once.
/// </summary>
public sealed partial class UncalledExports(ModuleGraph graph)
{
    private readonly Dictionary<(string Path, int At), bool> _used = [];

    /// <summary>The name of the export around <paramref name="offset"/> when nothing else names it; otherwise null.</summary>
    public string? At(SourceDocument doc, int offset)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (graph.Entries.Any(e => e.Path == doc.Path) || Enclosing(doc.Content, offset) is not { } declaration)
        {
            return null;
        }

        var name = declaration.Groups["name"];
        if (!_used.TryGetValue((doc.Path, name.Index), out var used))
        {
            used = Occurs(doc.Content, name.Value, name.Index) || graph.Modules.Any(m =>
                m.Path != doc.Path && !CodeKinds.IsTest(m.Path) && Occurs(m.Content, name.Value, -1));
            _used[(doc.Path, name.Index)] = used;
        }

        return used ? null : name.Value;
    }

    /// <summary>The exported top-level declaration whose body holds the offset: up to the next top-level statement.</summary>
    private static Match? Enclosing(string text, int offset)
    {
        Match? last = null;
        foreach (Match m in Declaration().Matches(text))
        {
            if (m.Index > offset)
            {
                break;
            }

            last = m;
        }

        if (last is null)
        {
            return null;
        }

        // The declaration ends where a later line starts at column 0 with anything but a closing bracket.
        for (var i = text.IndexOf('\n', last.Index); i >= 0 && i < offset; i = text.IndexOf('\n', i + 1))
        {
            if (i + 1 < text.Length && text[i + 1] is not ('}' or ')' or ']' or ' ' or '\t' or '\r' or '\n'))
            {
                return null;
            }
        }

        return last;
    }

    /// <summary>Whether the name occurs as a whole identifier anywhere but at <paramref name="declaredAt"/>.</summary>
    private static bool Occurs(string text, string name, int declaredAt)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (i != declaredAt && (i == 0 || !IsIdentifier(text[i - 1])) && (end >= text.Length || !IsIdentifier(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentifier(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    [GeneratedRegex(@"^export[ \t]+(?:async[ \t]+)?(?:function[ \t]*\*?[ \t]*|(?:const|let|var)[ \t]+)(?<name>[A-Za-z_$][\w$]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex DeclarationCompiled();

    private static Regex Declaration() => LinearRegex.Pick(DeclarationCompiled());
}
