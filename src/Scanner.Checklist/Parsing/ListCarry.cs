using Markdig.Syntax;

namespace Scanner.Checklist.Parsing;

/// <summary>
/// What a run of lines hands the next one (<see cref="MarkdownChunks"/>): the list it ended with, which a list of the
/// same kind right after goes on with (one list in a whole-document parse, so it keeps that list's lead-in), or
/// the lead-in paragraph ("Must have:") that labels a list starting the next run.
/// </summary>
internal sealed record ListCarry(char Bullet, char Delimiter, string? Label)
{
    public static ListCarry Of(ListBlock list, string? label) => new(list.BulletType, list.IsOrdered ? list.OrderedDelimiter : '\0', label);

    public static ListCarry LeadingIn(string label) => new('\0', '\0', label);

    /// <summary>The lead-in of <paramref name="next"/>, the first block of the next run.</summary>
    public string? LabelFor(ListBlock next)
    {
        if (Bullet == '\0')
        {
            return Label;
        }

        var continues = next.BulletType == Bullet && (next.IsOrdered ? next.OrderedDelimiter : '\0') == Delimiter;
        return continues ? Label : null;
    }
}
