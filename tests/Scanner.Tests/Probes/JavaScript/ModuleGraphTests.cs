using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.JavaScript;

public sealed class ModuleGraphTests
{
    [Test]
    public void Build_ExpressAppFromMainAndScripts_FollowsRequireImportExportFromAndDynamicImport()
    {
        using var tree = new TempTree();
        tree.Write("package.json", """{ "main": "src/server.js", "scripts": { "worker": "node -r ./tracing.js src/jobs/run.js" } }""");
        tree.Write("tracing.js", "module.exports = {};");
        tree.Write("src/server.js", "const app = require('./app');\nimport('./lazy/index.js');\n");
        tree.Write("src/app.js", "export * from './routes';\nexport { x } from './util.mjs';\n");
        tree.Write("src/routes/index.js", "module.exports = 1;");
        tree.Write("src/util.mjs", "export const x = 1;");
        tree.Write("src/lazy/index.js", "export default 1;");
        tree.Write("src/jobs/run.js", "require('../orphan-not')");
        tree.Write("src/orphan.js", "module.exports = 1;");

        var graph = Build(tree);

        Assert.That(Wired(graph), Is.EqualTo(new[] { "src/app.js", "src/jobs/run.js", "src/lazy/index.js", "src/routes/index.js", "src/server.js", "src/util.mjs", "tracing.js" }));
        Assert.That(graph.RoleOf("src/orphan.js"), Is.EqualTo(ModuleRole.Unreachable));
        Assert.That(graph.Explain("src/routes/index.js"), Is.EqualTo("src/server.js (package.json names it ('src/server.js')) → src/app.js → src/routes/index.js"));
    }

    [Test]
    public void Build_TsconfigPathsAndJsToTsSwap_ResolveAliasedImports()
    {
        using var tree = new TempTree();
        tree.Write("package.json", """{ "scripts": { "start": "node dist/index.js" } }""");
        tree.Write("tsconfig.json", "{ // comments and trailing commas are fine\n \"compilerOptions\": { \"baseUrl\": \".\", \"paths\": { \"@/*\": [\"./src/*\"], \"~cfg\": [\"./config/index.ts\"] }, }, }");
        tree.Write("src/index.ts", "import { db } from '@/lib/db';\nimport cfg from '~cfg';\nimport type { T } from './types.js';\nimport { h } from './helper.js';\n");
        tree.Write("src/lib/db.ts", "export const db = 1;");
        tree.Write("config/index.ts", "export default {};");
        tree.Write("src/types.ts", "export type T = string;");
        tree.Write("src/helper.ts", "export const h = 1;");

        var graph = Build(tree);

        Assert.That(Wired(graph), Is.EqualTo(new[] { "config/index.ts", "src/helper.ts", "src/index.ts", "src/lib/db.ts" }));
        Assert.That(graph.RoleOf("src/types.ts"), Is.EqualTo(ModuleRole.Unreachable), "a type-only import is erased at runtime");
    }

    [Test]
    public void Build_NextApp_TakesRouteFilesMiddlewareAndConfigAsEntries()
    {
        using var tree = new TempTree();
        tree.Write("package.json", """{ "dependencies": { "next": "15.0.0" } }""");
        tree.Write("next.config.mjs", "import './src/env.mjs';\nexport default {};");
        tree.Write("src/env.mjs", "export const env = {};");
        tree.Write("src/app/page.tsx", "export default function P() { return <p>Don't</p>; }");
        tree.Write("src/app/api/health/route.ts", "export function GET() {}");
        tree.Write("src/app/components/Button.tsx", "export const B = 1;");
        tree.Write("pages/api/legacy.ts", "export default function h() {}");
        tree.Write("src/middleware.ts", "export function middleware() {}");
        tree.Write("instrumentation.ts", "export function register() {}");
        tree.Write("backup/app/page.tsx", "export default 1;");

        var graph = Build(tree);

        Assert.That(Wired(graph), Is.EqualTo(new[]
        {
            "instrumentation.ts", "next.config.mjs", "pages/api/legacy.ts", "src/app/api/health/route.ts", "src/app/page.tsx", "src/env.mjs", "src/middleware.ts",
        }));
    }

    [Test]
    public void Build_MonorepoWithViteAndServerlessAndWorkspacePackage_ResolvesAcrossPackages()
    {
        using var tree = new TempTree();
        tree.Write("package.json", """{ "private": true, "workspaces": ["apps/*", "packages/*"] }""");
        tree.Write("apps/web/package.json", """{ "name": "web", "scripts": { "dev": "vite" } }""");
        tree.Write("apps/web/index.html", "<html><body><script type=\"module\" src=\"/src/main.tsx\"></script></body></html>");
        tree.Write("apps/web/src/main.tsx", "import { ui } from '@acme/ui';\n");
        tree.Write("apps/web/netlify/functions/hello.ts", "export const handler = 1;");
        tree.Write("packages/ui/package.json", """{ "name": "@acme/ui", "exports": { ".": { "types": "./dist/index.d.ts", "import": "./dist/index.js" } } }""");
        tree.Write("packages/ui/src/index.ts", "export const ui = 1;");
        tree.Write("packages/ui/src/unused.ts", "export const u = 1;");

        var graph = Build(tree);

        Assert.That(Wired(graph), Is.EqualTo(new[] { "apps/web/netlify/functions/hello.ts", "apps/web/src/main.tsx", "packages/ui/src/index.ts" }));
        Assert.That(graph.ManifestOf("apps/web/src/main.tsx")!.Name, Is.EqualTo("web"));
    }

    [Test]
    public void Build_CreateReactApp_EntersAtSrcIndex()
    {
        using var tree = new TempTree();
        tree.Write("frontend/package.json", """{ "name": "web", "dependencies": { "react-scripts": "5.0.1" }, "scripts": { "start": "react-scripts start" } }""");
        tree.Write("frontend/src/index.js", "import App from './App';\n");
        tree.Write("frontend/src/App.jsx", "export default function App() { return null; }\n");
        tree.Write("frontend/src/App.test.js", "import App from './App';\n");
        tree.Write("frontend/src/unused.js", "export const u = 1;\n");

        var graph = Build(tree);

        Assert.That(Wired(graph), Is.EqualTo(new[] { "frontend/src/App.jsx", "frontend/src/index.js" }));
    }

    [Test]
    public void Build_TestsAndNoManifest_MarksTestRoleAndGuessesEntryByName()
    {
        using var tree = new TempTree();
        tree.Write("src/app.ts", "import './routes';");
        tree.Write("src/routes.ts", "export {};");
        tree.Write("src/helper.ts", "export const onlyTests = 1;");
        tree.Write("src/app.test.ts", "import { onlyTests } from './helper';");

        var graph = Build(tree);

        Assert.That(Wired(graph), Is.EqualTo(new[] { "src/app.ts", "src/routes.ts" }));
        Assert.That(graph.RoleOf("src/helper.ts"), Is.EqualTo(ModuleRole.Test));
        Assert.That(graph.Entries.Single().Reason, Does.Contain("guessed"));
    }

    [Test]
    public void For_SameWorkspace_ReturnsTheSameGraphInstance()
    {
        using var tree = new TempTree();
        tree.Write("index.js", "1");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent);

        Assert.That(ModuleGraph.For(workspace), Is.SameAs(ModuleGraph.For(workspace)));
    }

    [Test]
    public void Build_BrokenPackageJson_IsAProblemNotACrash()
    {
        using var tree = new TempTree();
        tree.Write("package.json", "{ \"main\": ");
        tree.Write("index.js", "1");

        var graph = Build(tree);

        Assert.That(graph.Problems, Has.Some.Contains("package.json"));
    }

    private static ModuleGraph Build(TempTree tree) =>
        ModuleGraph.For(Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent));

    private static string[] Wired(ModuleGraph graph) => [.. graph.WiredModules().Select(d => d.Path)];
}
