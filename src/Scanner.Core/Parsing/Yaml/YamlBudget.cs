using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Scanner.Core.Parsing.Yaml;

/// <summary>
/// One streaming pass over the parser's events, before any tree is built: measures nesting depth and the size
/// each anchor would expand to, so a file too deep or an alias bomb is refused in linear time and memory.
/// </summary>
internal static class YamlBudget
{
    /// <summary>Null when the text fits the limits, else why not and the line where it stopped fitting.</summary>
    public static (string Message, int Line)? Check(string text, YamlLimits limits)
    {
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var frames = new Stack<(string? Anchor, long Size)>();
        long total = 0;
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (frames.Count >= limits.MaxDepth)
                    {
                        return ($"nesting deeper than {limits.MaxDepth} levels", (int)current.Start.Line);
                    }

                    frames.Push((AnchorOf(current), 0));
                    break;
                case MappingEnd or SequenceEnd when frames.Count > 0:
                    var (anchor, size) = frames.Pop();
                    total = Add(frames, total, Record(anchors, anchor, Saturate(size + 1, limits)), limits);
                    break;
                case Scalar scalar:
                    total = Add(frames, total, Record(anchors, AnchorOf(scalar), 1), limits);
                    break;
                case AnchorAlias alias:
                    total = Add(frames, total, anchors.GetValueOrDefault(alias.Value.Value, 1), limits);
                    break;
            }

            if (total > limits.MaxExpandedNodes || (frames.Count > 0 && frames.Peek().Size > limits.MaxExpandedNodes))
            {
                return ($"aliases expand to more than {limits.MaxExpandedNodes} nodes (an alias bomb?)", (int)current.Start.Line);
            }
        }

        return null;
    }

    private static string? AnchorOf(ParsingEvent e) => e is NodeEvent { Anchor.IsEmpty: false } node ? node.Anchor.Value : null;

    private static long Record(Dictionary<string, long> anchors, string? anchor, long size)
    {
        if (anchor is not null)
        {
            anchors[anchor] = size;
        }

        return size;
    }

    private static long Add(Stack<(string? Anchor, long Size)> frames, long total, long size, YamlLimits limits)
    {
        if (frames.Count == 0)
        {
            return Saturate(total + size, limits);
        }

        var (anchor, current) = frames.Pop();
        frames.Push((anchor, Saturate(current + size, limits)));
        return total;
    }

    private static long Saturate(long value, YamlLimits limits) => Math.Min(value, limits.MaxExpandedNodes + 1);
}
