namespace Scanner.Checklist.Parsing;

/// <summary>
/// Decides, line by line, what each line of a checklist claims. Precedence on a line: a checkbox, then a summary
/// ("Completed: 48"), then a "Status:" line, then a leading marker, then strike-through, then "N/A", then a
/// "Subject: Done" value. The first that applies decides, so a box beats a marker inside its text.
/// </summary>
internal sealed class ChecklistInterpreter
{
    private readonly string _file;
    private readonly SourceText _source;
    private List<MarkdownLine> _lines = [];
    private readonly SectionTracker _sections = new();
    private readonly HashSet<int> _claimed = [];
    private readonly List<SummaryCandidate> _summaries = [];

    // A million items have a handful of markers ("[x]", "✅", "~~[ ]"): each item points at one shared copy.
    private readonly Dictionary<string, string> _markers = new(StringComparer.Ordinal);

    private ChecklistInterpreter(string file, SourceText source)
    {
        _file = file;
        _source = source;
    }

    public CompactItems Items { get; } = new();

    public List<SelfContradiction> Contradictions { get; } = [];

    /// <summary>
    /// Reads the runs of lines in order, each dropped once read: a "Status:" line's parent is in its own run, since
    /// runs are cut only at the left margin.
    /// </summary>
    public static ChecklistInterpreter Run(string file, SourceText source, IEnumerable<List<MarkdownLine>> runs)
    {
        var interpreter = new ChecklistInterpreter(file, source);
        foreach (var lines in runs)
        {
            interpreter._lines = lines;
            interpreter._claimed.Clear();
            for (var i = 0; i < lines.Count; i++)
            {
                interpreter.Visit(i);
            }
        }

        interpreter._lines = [];
        return interpreter;
    }

    public List<SummaryStatement> Summaries() => SummaryDetector.Resolve(_file, _summaries, Items);

    private void Visit(int index)
    {
        var line = _lines[index];
        switch (line.Role)
        {
            case LineRole.Heading:
                _sections.Enter(line.HeadingLevel, HeadingText.Clean(line.Text));
                AddSummary(line.Line, StatusMarkers.StripLeading(line.Text));
                break;
            case LineRole.ItemHead:
                VisitItemHead(index, line);
                break;
            default:
                TryClaimLine(index, line);
                break;
        }
    }

    private void VisitItemHead(int index, MarkdownLine line)
    {
        if (Checkbox.TryMatch(line.Raw.TrimStart(), out var claim, out var box))
        {
            var text = StatusMarkers.StripLeading(Checkbox.StripLeading(line.Text));
            var prose = StatusMarkers.StripLeading(Checkbox.StripLeading(line.Prose));
            if (line.Struck && claim != Claim.Done)
            {
                Add(index, line, text, prose, Claim.NotApplicable, ClaimStyle.Strikethrough, "~~" + box);
            }
            else if (claim != Claim.NotApplicable && StatusPhrases.NotApplicable.Find(prose) is { } na)
            {
                Add(index, line, text, prose, Claim.NotApplicable, ClaimStyle.Text, na);
            }
            else
            {
                Add(index, line, text, prose, claim, ClaimStyle.Checkbox, box);
            }

            return;
        }

        if (TryClaimLine(index, line))
        {
            return;
        }

        if (line.Struck)
        {
            Add(index, line, line.Text, line.Prose, Claim.NotApplicable, ClaimStyle.Strikethrough, "~~");
        }
        else if (StatusPhrases.NotApplicable.Find(line.Prose) is { } na)
        {
            Add(index, line, line.Text, line.Prose, Claim.NotApplicable, ClaimStyle.Text, na);
        }
        else if (SubjectValue.TryMatch(line.Text, out var subject, out var valueClaim, out var value))
        {
            Add(index, line, subject, subject, valueClaim, ClaimStyle.Text, value);
        }
    }

    /// <summary>Summary, "Status:" and marker lines; true when the line was one of them.</summary>
    private bool TryClaimLine(int index, MarkdownLine line)
    {
        if (AddSummary(line.Line, StatusMarkers.StripLeading(line.Text)))
        {
            return true;
        }

        if (StatusLine.TryMatch(line.Text, out var value))
        {
            if (StatusWords.TryParse(value, out var status, out var written))
            {
                AddStatus(index, line, status, written);
            }

            return true;
        }

        if (TableRow.TryMatch(line.Text, out var row, out var cell) && cell?.Claimed is { } claimed)
        {
            Add(index, line, row, row, claimed, ClaimStyle.StatusMarker, cell.Symbol);
            return true;
        }

        var marker = StatusMarkers.MatchLeading(line.Text);
        if (marker is null || marker.Kind == MarkerKind.Note || marker.Rest.Length == 0)
        {
            return marker is not null;
        }

        var prose = StatusMarkers.StripLeading(line.Prose);
        if (marker.Claimed is not { } claim || SectionContext.IsCriteria(line.ListLabel, _sections.Current))
        {
            Add(index, line, marker.Rest, prose, Claim.NotDone, ClaimStyle.StatusMarker, marker.Symbol, isCriterion: true);
        }
        else if (line.Struck && claim != Claim.Done)
        {
            Add(index, line, marker.Rest, prose, Claim.NotApplicable, ClaimStyle.Strikethrough, marker.Symbol);
        }
        else if (StatusPhrases.NotApplicable.Find(prose) is { } na)
        {
            Add(index, line, marker.Rest, prose, Claim.NotApplicable, ClaimStyle.Text, na);
        }
        else
        {
            Add(index, line, marker.Rest, prose, claim, ClaimStyle.StatusMarker, marker.Symbol);
        }

        return true;
    }

    /// <summary>
    /// A "Status:" line claims for what encloses it: the list item it hangs under, or else its section. An item
    /// that already made its own claim (a box, a marker) keeps it.
    /// </summary>
    private void AddStatus(int index, MarkdownLine line, Claim claim, string written)
    {
        if (line.Parent >= 0)
        {
            var parent = _lines[line.Parent];
            if (!_claimed.Add(line.Parent))
            {
                return;
            }

            var subject = StatusMarkers.StripLeading(Checkbox.StripLeading(parent.Text));
            var tag = ControlTags.Find(_source.GetLine(line.Line)) ?? TagOf(parent);
            AddItem(line, subject, claim, ClaimStyle.StatusLine, written, parent.Depth, tag, isCriterion: false);
            return;
        }

        var section = _sections.Current;
        var title = section.Count > 0 ? section[^1] : line.Text;
        _claimed.Add(index);
        AddItem(line, title, claim, ClaimStyle.StatusLine, written, line.Depth, TagOf(line), isCriterion: false);
    }

    private void Add(int index, MarkdownLine line, string text, string prose, Claim claim, ClaimStyle style, string marker, bool isCriterion = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        _claimed.Add(index);
        AddItem(line, text, claim, style, marker, line.Depth, TagOf(line), isCriterion);
        if (isCriterion)
        {
            return;
        }

        var phrase = claim switch
        {
            Claim.Done => StatusPhrases.NotDone.Find(prose),
            Claim.NotDone => StatusPhrases.AlreadyDone.Find(prose),
            _ => null,
        };
        if (phrase is not null)
        {
            Contradictions.Add(new SelfContradiction(_file, line.Line, text, phrase) { Claimed = claim });
        }
    }

    private void AddItem(MarkdownLine line, string text, Claim claim, ClaimStyle style, string marker, int depth, string? tag, bool isCriterion) =>
        Items.Add(new ChecklistItem(_file, line.Line, _sections.Current, text, claim, style, depth, tag, isCriterion)
        {
            Marker = _markers.TryGetValue(marker, out var shared) ? shared : _markers[marker] = marker,
            CodeSpans = CodeSpans.In(line.Raw),
        });

    private bool AddSummary(int line, string text)
    {
        var summary = SummaryDetector.TryMatch(line, text);
        if (summary is not null)
        {
            _summaries.Add(summary);
        }

        return summary is not null;
    }

    private string? TagOf(MarkdownLine line)
    {
        for (var number = line.Line; number <= line.LastLine; number++)
        {
            if (ControlTags.Find(_source.GetLine(number)) is { } tag)
            {
                return tag;
            }
        }

        return null;
    }
}
