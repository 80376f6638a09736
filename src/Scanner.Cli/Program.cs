using Scanner.Cli;

return ReadyScanCli.Run(args);
