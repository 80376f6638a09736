using Scanner.Checklist.Parsing;

namespace Scanner.Tests.Checklist;

/// <summary>
/// The seed checklists are third-party files kept in ../shared/seeds beside the repository checkout, never in it.
/// Tests find them by walking up from the test binaries and skip when they are absent.
/// </summary>
internal static class SharedFiles
{
    public static string SeedsDirectory()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        Assert.Ignore("seed checklists not found: expected ../shared/seeds beside the repository");
        return string.Empty;
    }

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> ("000"), as raw text.</summary>
    public static string ReadSeed(string prefix, out string fileName)
    {
        var directory = SeedsDirectory();
        var path = Directory.GetFiles(directory, prefix + "_*.txt").Order(StringComparer.Ordinal).FirstOrDefault();
        if (path is null)
        {
            Assert.Ignore($"seed checklist {prefix}_*.txt not found in {directory}");
        }

        fileName = Path.GetFileName(path!);
        return File.ReadAllText(path!);
    }

    public static ChecklistDocument ParseSeed(string prefix)
    {
        var text = ReadSeed(prefix, out var fileName);
        return ChecklistParser.Parse("seeds/" + fileName, text);
    }

    public static ChecklistItem ItemAt(this ChecklistDocument document, int line) =>
        document.Items.Single(item => item.Line == line);

    public static int Count(this ChecklistDocument document, Claim claim) =>
        document.Items.Count(item => !item.IsCriterion && item.Claim == claim);
}
