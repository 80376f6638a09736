using System.CommandLine;
using Scanner.Cli.Commands;

namespace Scanner.Cli;

/// <summary>
/// The whole command line, from arguments to exit code: the process entry point calls it, and the tests call it in
/// process (with the console redirected) so a case pays no runtime start-up or JIT of its own.
/// </summary>
internal static class ReadyScanCli
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("ReadyScan: checks a repository's production readiness against evidence, and its own checklist against the truth.");
        root.Subcommands.Add(ScanCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ImageCommand.Create());
        root.Subcommands.Add(FleetCommand.Create());
        return CommandRunner.Run(root, args);
    }
}
