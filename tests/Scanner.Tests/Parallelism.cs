// Fixtures run two at a time: much of a fixture's time is waiting on a child process (git, chromium, the binary)
// or on the file system, which the other fixture's scan fills. Tests within a fixture stay in order, so a fixture's
// own caches need no locks. Nothing in the suite changes the environment or the working directory after the run
// starts (TestRunSetup); a test that measures the whole process's heap is [NonParallelizable] and runs alone.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
