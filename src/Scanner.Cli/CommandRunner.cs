using System.CommandLine;
using Scanner.Core.Secrets;
using Scanner.Core.Text;

namespace Scanner.Cli;

/// <summary>Parses, runs, and maps every way a verb can end to one exit code and at most one clear line.</summary>
internal static class CommandRunner
{
    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"readyscan: {error.Message}");
            }

            Console.Error.WriteLine("Run 'readyscan --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parsed.Invoke();
    }

    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            // A message listing several problems (a config file's) keeps one problem per line.
            foreach (var line in e.Message.Split('\n'))
            {
                Console.Error.WriteLine($"readyscan: {ControlChars.Escape(Redactor.Scrub(line.Trim()))}");
            }

            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"readyscan: {ControlChars.Escape(Redactor.Scrub(e.Message))}");
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"readyscan: internal error: {Redactor.Scrub(e.ToString())}");
            return ExitCodes.InternalError;
        }
    }
}
