using System.CommandLine;
using Scanner.Cli;
using Scanner.Cli.Commands;

var root = new RootCommand("ReadyScan: checks a repository's production readiness against evidence, and its own checklist against the truth.");
root.Subcommands.Add(ScanCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(ImageCommand.Create());
root.Subcommands.Add(FleetCommand.Create());
return CommandRunner.Run(root, args);
