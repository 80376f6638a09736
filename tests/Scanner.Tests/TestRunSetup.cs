using Scanner.Tests.Support;

namespace Scanner.Tests;

/// <summary>
/// Once for the whole run: the working directory is the repository root, so the relative paths tests hand the CLI
/// in process (<c>scan fixtures/apps/express-api</c>) resolve and print as they do for a user at the root.
/// Nothing changes it afterwards; tests that need another directory pass absolute paths.
/// </summary>
[SetUpFixture]
public sealed class TestRunSetup
{
    [OneTimeSetUp]
    public void RunFromRepositoryRoot() => Environment.CurrentDirectory = RepoPaths.Root;
}
