using Scanner.SecretKindSource;

// Usage: Scanner.SecretKindSource KINDS_YAML OUTPUT_CS. The file is checked exactly as the catalogue checks it; a
// broken kind fails the build with its problem instead of failing every scan later.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Scanner.SecretKindSource KINDS_YAML OUTPUT_CS").ConfigureAwait(false);
    return 2;
}

string source;
try
{
    source = KindSourceWriter.Write(await File.ReadAllTextAsync(args[0]).ConfigureAwait(false), args[0]);
}
catch (InvalidDataException e)
{
    await Console.Error.WriteLineAsync($"error RS0002: {e.Message}").ConfigureAwait(false);
    return 1;
}

// Written only when it changed, so an unchanged file does not make Scanner.Core rebuild.
if (!File.Exists(args[1]) || await File.ReadAllTextAsync(args[1]).ConfigureAwait(false) != source)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
    await File.WriteAllTextAsync(args[1], source).ConfigureAwait(false);
}

return 0;
