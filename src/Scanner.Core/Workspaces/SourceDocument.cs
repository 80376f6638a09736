using Scanner.Core.Text;

namespace Scanner.Core.Workspaces;

/// <summary>A file's decoded text, read once and shared by every probe; its comment/string map is built on first use.</summary>
public sealed class SourceDocument
{
    private readonly Lazy<RegionMap> _regions;

    public SourceDocument(string path, string text)
    {
        Path = path;
        Text = new SourceText(text);
        Language = LanguageDetector.Detect(path);
        _regions = new Lazy<RegionMap>(() => RegionLexer.Lex(Text.Text, Language, path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    public SourceText Text { get; }

    public Language Language { get; }

    public RegionMap Regions => _regions.Value;

    public string Content => Text.Text;
}
