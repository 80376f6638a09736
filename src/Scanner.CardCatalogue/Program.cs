using Scanner.Core.Rules;

// Usage: Scanner.CardCatalogue RULES_FOLDER OUTPUT_FILE. Every card is validated as the scanner would load it; a
// broken card fails the build with its file and problem, instead of failing every scan later.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Scanner.CardCatalogue RULES_FOLDER OUTPUT_FILE").ConfigureAwait(false);
    return 2;
}

var errors = new List<string>();
var catalogue = CardCatalogue.Write(args[0], errors);
if (errors.Count > 0)
{
    foreach (var error in errors)
    {
        await Console.Error.WriteLineAsync($"error RS0001: {error}").ConfigureAwait(false);
    }

    return 1;
}

// Written only when it changed, so an unchanged catalogue does not make the probes assembly rebuild.
if (!File.Exists(args[1]) || !(await File.ReadAllBytesAsync(args[1]).ConfigureAwait(false)).AsSpan().SequenceEqual(catalogue))
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
    await File.WriteAllBytesAsync(args[1], catalogue).ConfigureAwait(false);
}

return 0;
