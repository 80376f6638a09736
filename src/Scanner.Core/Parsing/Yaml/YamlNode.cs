namespace Scanner.Core.Parsing.Yaml;

/// <summary>
/// A YAML node with its exact 1-based line, column and character offset. Aliases and merge keys are already
/// resolved (an alias carries the lines of the anchored node), so probes walk a plain tree.
/// </summary>
public sealed class YamlNode
{
    private static readonly HashSet<string> NullWords = new(["", "~", "null", "Null", "NULL"], StringComparer.Ordinal);

    internal YamlNode(YamlKind kind, int line, int column, int offset, string? value, bool plain, IReadOnlyList<YamlEntry>? entries, IReadOnlyList<YamlNode>? items)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Offset = offset;
        Value = value;
        IsPlain = plain;
        Entries = entries ?? [];
        Items = items ?? [];
    }

    public YamlKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public int Offset { get; }

    /// <summary>A scalar's text as written (quotes removed); null for mappings and sequences.</summary>
    public string? Value { get; }

    /// <summary>True for an unquoted scalar, the only kind that can mean null, a number or a boolean.</summary>
    public bool IsPlain { get; }

    public IReadOnlyList<YamlEntry> Entries { get; }

    public IReadOnlyList<YamlNode> Items { get; }

    public bool IsMapping => Kind == YamlKind.Mapping;

    public bool IsSequence => Kind == YamlKind.Sequence;

    public bool IsScalar => Kind == YamlKind.Scalar;

    public bool IsNull => Kind == YamlKind.Scalar && IsPlain && NullWords.Contains(Value ?? "");

    /// <summary>The scalar text, or "" for a null or a collection.</summary>
    public string Text => IsNull ? "" : Value ?? "";

    /// <summary>A YAML boolean true (true/True/TRUE/yes/on for YAML 1.1 files such as compose).</summary>
    public bool IsTrue => IsScalar && Text.ToLowerInvariant() is "true" or "yes" or "on";

    public YamlNode? this[string key] => Entry(key)?.Value;

    /// <summary>The last entry with this key (later keys win, as in a merge), or null.</summary>
    public YamlEntry? Entry(string key)
    {
        YamlEntry? found = null;
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, key, StringComparison.Ordinal))
            {
                found = entry;
            }
        }

        return found;
    }

    /// <summary>The node at a path of mapping keys, or null when any step is missing.</summary>
    public YamlNode? At(params string[] path)
    {
        var node = this;
        foreach (var key in path)
        {
            node = node[key];
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A sequence's items, a mapping's values, or the scalar itself as a one-item list.</summary>
    public IReadOnlyList<YamlNode> AsList() => Kind switch
    {
        YamlKind.Sequence => Items,
        YamlKind.Mapping => [.. Entries.Select(e => e.Value)],
        _ => IsNull ? [] : [this],
    };

    /// <summary>This node and everything under it, depth first in document order.</summary>
    public IEnumerable<YamlNode> DescendantsAndSelf()
    {
        var stack = new Stack<YamlNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = node.Kind == YamlKind.Mapping
                ? node.Entries.SelectMany(e => new[] { e.Key, e.Value })
                : node.Items;
            foreach (var child in children.Reverse())
            {
                stack.Push(child);
            }
        }
    }

    public override string ToString() => Kind == YamlKind.Scalar ? Text : $"{Kind}@{Line}";
}
