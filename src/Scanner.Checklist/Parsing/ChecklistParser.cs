namespace Scanner.Checklist.Parsing;

/// <summary>Reads one Markdown checklist into the claims it makes. Never throws: odd input becomes a note.</summary>
public static class ChecklistParser
{
    public static ChecklistDocument Parse(string file, string text)
    {
        file ??= string.Empty;
        var notes = new List<string>();
        var source = SourceText.Prepare(text, notes);
        var interpreter = ChecklistInterpreter.Run(file, source, MarkdownChunks.Read(source, notes));
        return new ChecklistDocument(file, interpreter.Items, interpreter.Summaries(), interpreter.Contradictions, notes);
    }
}
