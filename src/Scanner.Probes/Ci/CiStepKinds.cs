using System.Text.RegularExpressions;

namespace Scanner.Probes.Ci;

/// <summary>The step kinds the <c>ci-*</c> step probes look for, each keyed by its probe id.</summary>
public static partial class CiStepKinds
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Scanners reporting to code scanning (CodeQL, SARIF uploads) often do not fail the build by design: a scan that
    // runs counts as scanning, and whether its findings gate a release is the dependency audit's question.
    private const string CodeScanCommands = @"\b(codeql\s+database\s+(create|analyze)|semgrep(\s+(ci|scan|--config)\b|\s*$)|bandit\s+(-r|--recursive|-c)\b|python3?\s+-m\s+bandit\b|gosec\s|brakeman\b|sonar-scanner\b|dotnet\s+sonarscanner\b|mvn\s+[^\n]*sonar:sonar|gradlew?\s+[^\n]*\bsonar(qube)?\b|njsscan\b|snyk\s+code\s+test|horusec\s+start|security-code-scan)";

    private const string CodeScanActions = @"(codeql-action/(init|analyze)|semgrep-action|semgrep/semgrep|securego/gosec|(sonarsource|SonarSource)/sonar|snyk/actions/[^\n]*code|PyCQA/bandit|bandit-action|njsscan-action)";

    private const string OtherScanCommands = @"\b(zap-(baseline|full-scan|api-scan)\.py|zap\.sh\s|nuclei\s|trivy\s+config|checkov\b|tfsec\b|kics\s+scan|gitleaks\s+(detect|git|dir|protect)|trufflehog\s|detect-secrets\s+scan|dependency-check(\.sh|\s+--)|snyk\s+(container|iac)\s+test|docker\s+scout\s+cves)";

    private const string OtherScanActions = @"(zaproxy/action-|gitleaks/gitleaks-action|trufflesecurity/trufflehog|bridgecrewio/checkov-action|tfsec-action|dependency-check/Dependency-Check_Action|docker/scout-action|kics-github-action)";

    private const string AuditCommands = @"\b(npm\s+audit|yarn\s+(npm\s+)?audit|pnpm\s+audit|pip-audit|safety\s+(check|scan)|dotnet\s+list\s+[^\n]*--vulnerable|osv-scanner|trivy\s+(fs|image|repo|rootfs)|snyk\s+test|grype\b|govulncheck|bundle(r)?-audit|bundle\s+audit|cargo\s+audit|audit-ci|better-npm-audit)";

    private const string AuditActions = @"(dependency-review-action|snyk/actions|trivy-action|osv-scanner|gh-action-pip-audit|anchore/scan-action|govulncheck)";

    public static IReadOnlyList<CiStepKind> All { get; } =
    [
        new("ci-installs-dependencies", "a dependency install", Re(@"\b(npm\s+(ci|install|i)\b|yarn\s+install\b|yarn\s*$|pnpm\s+(install|i)\b|pip3?\s+install\b|poetry\s+install|pipenv\s+(install|sync)|uv\s+sync|bundle\s+install|dotnet\s+restore|go\s+mod\s+download|composer\s+install|mvn\s+[^\n]*dependency:)"), null, IsInstall: true),
        new("ci-builds", "a build", Re(@"\b(npm\s+run(-script)?\s+build|yarn\s+(run\s+)?build|pnpm\s+(run\s+)?build|dotnet\s+(build|publish)|go\s+build|mvn\s+[^\n]*\b(package|install|verify)\b|gradlew?\s+[^\n]*\b(build|assemble)\b|cargo\s+build|python3?\s+-m\s+build|make(\s+(build|all))?\s*$|next\s+build|vite\s+build|tsc\s+(-b|--build)\b|(turbo|nx)\s+[^\n]*\bbuild\b|bun\s+(run\s+)?build\b)"), null),
        new("ci-runs-tests", "tests", Re(@"\b(npm\s+(run(-script)?\s+)?(test|t)\b|yarn\s+(run\s+)?test|pnpm\s+(run\s+)?test|npx\s+(jest|vitest|mocha|playwright\s+test|cypress\s+run)|(^|\s)(jest|vitest|mocha)\b|pytest\b|python3?\s+-m\s+(pytest|unittest)|dotnet\s+test|go\s+test|cargo\s+test|mvn\s+[^\n]*\b(test|verify)\b|gradlew?\s+[^\n]*\btest\b|rspec\b|phpunit\b|(^|\s)tox\b|make\s+test|(turbo|nx)\s+[^\n]*\btest\b|bun\s+(run\s+)?test\b)"), null, NeedsTestFiles: true),
        new("ci-runs-lint", "a linter", Re(@"\b(npm\s+run(-script)?\s+lint|yarn\s+(run\s+)?lint|pnpm\s+(run\s+)?lint|eslint\b|ruff(\s+check)?\b|flake8\b|pylint\b|golangci-lint\b|rubocop\b|dotnet\s+format\b|prettier\s+[^\n]*--check|stylelint\b|biome\s+(check|lint|ci)|shellcheck\b|hadolint\b|markdownlint\b|oxlint\b|(turbo|nx)\s+[^\n]*\blint\b|bun\s+(run\s+)?lint\b)"), Re(@"(golangci-lint-action|super-linter|hadolint-action|reviewdog|eslint|ruff-action|stylelint)")),
        new("ci-runs-type-check", "a type check", Re(@"(\btsc(\s|$)|\b(npm\s+run(-script)?|yarn(\s+run)?|pnpm(\s+run)?)\s+(typecheck|type-check|types|check-types|tsc|check:types|lint:types)\b|\bmypy\b|\bpyright\b|\bvue-tsc\b|\bsvelte-check\b|\b(turbo|nx)\s+[^\n]*\b(typecheck|type-check|check-types|tsc)\b|\bbun\s+(run\s+)?(typecheck|type-check|check-types)\b)"), null),
        new("ci-audits-dependencies", "a dependency audit", Re(AuditCommands), Re(AuditActions)),
        new("ci-runs-security-scan", "a security scanner", Re($@"({CodeScanCommands}|{OtherScanCommands}|{AuditCommands})"), Re($@"({CodeScanActions}|{OtherScanActions}|{AuditActions})"), MustBeEnforced: false,
            Subject: new CiStepSubject("code-scan", "vulnerability-scan", Re(CodeScanCommands), Re(CodeScanActions))),
        new("ci-builds-container", "a container image build", Re(@"\b(docker\s+(buildx\s+)?build|docker\s+compose\s+build|docker-compose\s+build|buildah\s+(bud|build)|podman\s+build|kaniko|ko\s+build|pack\s+build)\b"), Re(@"(docker/build-push-action|buildah-build|kaniko)")),
        new("ci-deploys", "a deployment", Re(@"\b(kubectl\s+(apply|rollout|set\s+image)|helm\s+(upgrade|install)|fly(ctl)?\s+deploy|vercel\s+(deploy|--prod)|netlify\s+deploy|railway\s+up|serverless\s+deploy|sls\s+deploy|cdk\s+deploy|terraform\s+apply|aws\s+ecs\s+update-service|aws\s+s3\s+sync|gcloud\s+(run|app)\s+deploy|az\s+webapp|npm\s+run\s+deploy|eb\s+deploy|firebase\s+deploy|wrangler\s+(deploy|publish)|docker\s+stack\s+deploy|(docker\s+compose|docker-compose)\s+[^\n]*up\s+-d)"), Re(@"(deploy|gh-pages|vercel-action|flyctl-actions|ssh-action)"), MustBeEnforced: false, MustBeAutomatic: false),
    ];

    public static CiStepKind? For(string probeId) => All.FirstOrDefault(k => k.ProbeId == probeId);

    /// <summary>The package.json script a command runs (<c>npm test</c> → test, <c>yarn lint</c> → lint), or null.</summary>
    public static string? PackageScript(string command)
    {
        var m = ScriptCall().Match(command);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["s"].Value;
        return name is "t" ? "test" : BuiltIns.Contains(name) ? null : name;
    }

    private static readonly HashSet<string> BuiltIns = new(StringComparer.Ordinal)
    {
        "install", "i", "ci", "add", "audit", "exec", "dlx", "why", "info", "npm", "workspaces", "workspace", "remove",
        "upgrade", "x", "run", "set", "config", "cache", "publish", "pack", "prune", "outdated", "version", "global",
    };

    /// <summary>Test sources by the common runners' conventions: *.test.ts, *.spec.js, test_*.py, *_test.go, *Tests.cs, tests/ folders.</summary>
    public static bool IsTestFile(string path) => TestFile().IsMatch(path);

    /// <summary>A line that installs a tool (<c>pip install pip-audit</c>) rather than running it.</summary>
    public static bool InstallsTool(string command) => ToolInstall().IsMatch(command);

    private static Lazy<Regex> Re(string pattern) => new(() => new Regex(pattern, Options | RegexOptions.Multiline), LazyThreadSafetyMode.ExecutionAndPublication);

    [GeneratedRegex(@"((^|/)(tests?|__tests__|specs?)/[^/]+\.[a-z]+$|\.(test|spec)\.[cm]?[jt]sx?$|(^|/)test_[^/]*\.py$|_test\.(py|go)$|Tests?\.cs$|_spec\.rb$|Test\.(java|kt)$)", RegexOptions.NonBacktracking)]
    private static partial Regex TestFile();

    [GeneratedRegex(@"\b(pip3?\s+install|pipx\s+install|npm\s+(install|i)\s+(-g|--global)|apt(-get)?\s+install|brew\s+install|go\s+install|cargo\s+install|dotnet\s+tool\s+install|gem\s+install)\b", RegexOptions.NonBacktracking)]
    private static partial Regex ToolInstall();

    [GeneratedRegex(@"\b(npm\s+(run(-script)?\s+)?|yarn\s+(run\s+)?|pnpm\s+(run\s+)?)(?<s>[A-Za-z][\w:.-]*)", RegexOptions.NonBacktracking)]
    private static partial Regex ScriptCall();
}
