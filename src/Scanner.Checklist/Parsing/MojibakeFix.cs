namespace Scanner.Checklist.Parsing;

/// <summary>One garbled sequence and the character it stands for; <see cref="Bytes"/> weighs charsets against each other.</summary>
internal readonly record struct MojibakeFix(int Start, int Length, string Replacement, int Bytes);
