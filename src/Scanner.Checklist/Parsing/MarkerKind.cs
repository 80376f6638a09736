namespace Scanner.Checklist.Parsing;

/// <summary>What a leading status symbol means.</summary>
internal enum MarkerKind
{
    Done,
    NotDone,
    Partial,

    /// <summary>A tip or idea (💡): lists a criterion, never claims progress.</summary>
    Tip,

    /// <summary>An alert or a note (🚨 📝 ℹ️): neither a claim nor a criterion.</summary>
    Note,
}
