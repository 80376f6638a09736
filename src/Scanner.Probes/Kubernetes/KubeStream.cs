using Scanner.Core.Parsing.Yaml;

namespace Scanner.Probes.Kubernetes;

/// <summary>
/// The documents of a multi-document manifest that parse on their own, when the stream as a whole does not (a
/// duplicate key in one Deployment). Each document is parsed behind as many blank lines as precede it, so its nodes
/// keep their lines in the file.
/// </summary>
internal static class KubeStream
{
    // A stream of hundreds of documents is generated output; salvaging it document by document is not worth the cost.
    private const int MaxDocuments = 200;
    private const int MaxLength = 1 << 18;

    public static IReadOnlyList<YamlNode> ReadableDocuments(string content)
    {
        if (content.Length > MaxLength)
        {
            return [];
        }

        var lines = content.Split('\n');
        var starts = new List<int> { 0 };
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ', '\t') == "---")
            {
                starts.Add(i + 1);
            }
        }

        if (starts.Count < 2 || starts.Count > MaxDocuments)
        {
            return [];
        }

        var documents = new List<YamlNode>();
        for (var d = 0; d < starts.Count; d++)
        {
            var (from, to) = (starts[d], d + 1 < starts.Count ? starts[d + 1] - 1 : lines.Length);
            // Blank lines before the document keep its lines and offsets; what follows it does not matter.
            var piece = new string('\n', from) + string.Join('\n', lines[from..to]);
            var parsed = YamlParser.Parse(piece);
            if (parsed.IsValid)
            {
                documents.AddRange(parsed.Documents);
            }
        }

        return documents;
    }
}
