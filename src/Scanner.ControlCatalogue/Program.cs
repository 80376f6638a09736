using Scanner.Checklist.Controls;

// Usage: Scanner.ControlCatalogue CONTROLS_YAML OUTPUT_FILE. The catalogue is checked as the scanner would load it;
// a broken control fails the build with its line and problem, instead of failing every scan later.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Scanner.ControlCatalogue CONTROLS_YAML OUTPUT_FILE").ConfigureAwait(false);
    return 2;
}

byte[] catalogue;
try
{
    catalogue = ControlCatalogue.Write(ControlCatalog.Load(await File.ReadAllTextAsync(args[0]).ConfigureAwait(false), ControlCatalog.DefaultSourceName).Controls);
}
catch (ControlCatalogException e)
{
    foreach (var error in e.Errors)
    {
        await Console.Error.WriteLineAsync($"error RS0002: {error}").ConfigureAwait(false);
    }

    return 1;
}

// Written only when it changed, so an unchanged catalogue does not make the CLI assembly rebuild.
if (!File.Exists(args[1]) || !(await File.ReadAllBytesAsync(args[1]).ConfigureAwait(false)).AsSpan().SequenceEqual(catalogue))
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
    await File.WriteAllBytesAsync(args[1], catalogue).ConfigureAwait(false);
}

return 0;
