using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scanner.Core.Parsing.Yaml;

/// <summary>
/// Reads YAML through YamlDotNet's representation model into <see cref="YamlNode"/> trees with exact lines:
/// every non-empty document of the stream, aliases resolved, merge keys (<c>&lt;&lt;: *base</c>) applied. Hostile or broken
/// input never throws: it becomes a <see cref="YamlFile"/> with an error and a line.
/// </summary>
public static class YamlParser
{
    public static YamlFile Parse(string text, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        try
        {
            if (YamlBudget.Check(text, limits) is { } refused)
            {
                return YamlFile.Failed(refused.Message, refused.Line);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var converter = new Converter(limits.MaxExpandedNodes * 2);
            return new YamlFile([.. stream.Documents.Where(d => d.RootNode is not null).Select(d => converter.Convert(d.RootNode)).Where(n => !n.IsNull)]);
        }
        catch (YamlException e)
        {
            return YamlFile.Failed(Innermost(e).Message, (int)e.Start.Line);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            return YamlFile.Failed($"unreadable YAML ({e.GetType().Name})", 0);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    private sealed class Converter(long budget)
    {
        private long _created;

        public YamlNode Convert(YamlDotNet.RepresentationModel.YamlNode node)
        {
            if (++_created > budget)
            {
                throw new YamlException(node.Start, node.End, "merge keys expand to too many nodes");
            }

            var (line, column, offset) = ((int)node.Start.Line, (int)node.Start.Column, (int)node.Start.Index);
            return node switch
            {
                YamlScalarNode s => new YamlNode(YamlKind.Scalar, line, column, offset, s.Value ?? "", s.Style is ScalarStyle.Plain or ScalarStyle.Any, null, null),
                YamlSequenceNode q => new YamlNode(YamlKind.Sequence, line, column, offset, null, false, null, [.. q.Children.Select(Convert)]),
                YamlMappingNode m => new YamlNode(YamlKind.Mapping, line, column, offset, null, false, Entries(m), null),
                _ => new YamlNode(YamlKind.Scalar, line, column, offset, "", true, null, null),
            };
        }

        /// <summary>Explicit keys win over merged ones; among merge sources the first one listed wins.</summary>
        private List<YamlEntry> Entries(YamlMappingNode mapping)
        {
            var explicitKeys = mapping.Children.Keys.OfType<YamlScalarNode>().Where(k => !IsMergeKey(k)).Select(k => k.Value ?? "").ToHashSet(StringComparer.Ordinal);
            var entries = new List<YamlEntry>();
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode scalar && IsMergeKey(scalar))
                {
                    var sources = value is YamlSequenceNode list ? list.Children : [value];
                    foreach (var source in sources.OfType<YamlMappingNode>())
                    {
                        foreach (var merged in Entries(source).Where(e => explicitKeys.Add(e.Name)))
                        {
                            entries.Add(merged);
                        }
                    }

                    continue;
                }

                entries.Add(new YamlEntry(Convert(key), Convert(value)));
            }

            return entries;
        }

        private static bool IsMergeKey(YamlScalarNode key) => key.Value == "<<" && key.Style is ScalarStyle.Plain or ScalarStyle.Any;
    }
}
