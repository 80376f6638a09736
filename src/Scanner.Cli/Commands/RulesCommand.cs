using System.CommandLine;
using Scanner.Checklist.Claims;
using Scanner.Core.Fixtures;

namespace Scanner.Cli.Commands;

/// <summary><c>readyscan rules list|test</c>: show the cards in force, and prove them on annotated fixtures.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "List probe cards or test them against fixtures.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Test());
        return command;
    }

    private static Command List()
    {
        var rules = CommonOptions.Rules();
        var plugins = CommonOptions.Plugins();
        var command = new Command("list", "List every probe card in force (defaults plus --rules and --plugin).") { rules, plugins };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            foreach (var card in ProbeCatalogs.Load(r.GetValue(rules), r.GetValue(plugins)).Cards)
            {
                var kind = card.Code is not null ? "code" : card.Forbid is not null ? "forbid" : "require";
                var state = card.Disabled ? " (disabled)" : "";
                Console.WriteLine($"{card.Id,-36} {card.Info.Severity.ToString().ToLowerInvariant(),-8} {card.Info.Ecosystem,-12} {kind,-7} {card.Info.Title}{state}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Test()
    {
        var rules = CommonOptions.Rules();
        var plugins = CommonOptions.Plugins();
        var fixtures = new Option<string>("--fixtures") { Description = "Folder of fixtures/<probe-id>/<pass-|fail-|na-case>/.", DefaultValueFactory = _ => "fixtures" };
        var verbose = CommonOptions.Verbose();
        var command = new Command("test", "Run each probe on its annotated fixtures and check outcome and ruleid/ok lines.") { rules, plugins, fixtures, verbose };
        command.SetAction(r => CommandRunner.Guard(() =>
        {
            var root = r.GetValue(fixtures)!;
            if (!Directory.Exists(root))
            {
                throw new UsageException($"no such fixtures folder: {root}");
            }

            var runner = new FixtureRunner(ProbeCatalogs.Load(r.GetValue(rules), r.GetValue(plugins)), Logging.Create(r.GetValue(verbose))) { Prepare = PackageClaims.AttachDiscovered };
            int passed = 0, failed = 0;
            foreach (var result in FixtureRunner.Discover(root).Select(runner.Run))
            {
                Console.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.Case}");
                foreach (var problem in result.Problems)
                {
                    Console.WriteLine($"     {problem}");
                }

                _ = result.Passed ? passed++ : failed++;
            }

            Console.WriteLine($"{passed} passed, {failed} failed");
            return failed > 0 ? ExitCodes.GateFailed : ExitCodes.Ok;
        }));
        return command;
    }
}
