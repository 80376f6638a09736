namespace Scanner.Core.Fixtures;

/// <summary>A <c>ruleid:</c>/<c>ok:</c> comment and the line it speaks about (the next code line, or its own).</summary>
public sealed record FixtureAnnotation(string Path, int Line, int TargetLine, AnnotationKind Kind, string ProbeId);
