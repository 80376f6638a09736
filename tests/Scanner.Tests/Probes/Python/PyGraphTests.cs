using Scanner.Core.Workspaces;
using Scanner.Probes.Python;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.Python;

public sealed class PyGraphTests
{
    [Test]
    public void For_FlaskFactory_ReachesBlueprintsAndLeavesUnimportedModulesOut()
    {
        using var tree = new TempTree();
        tree.Write("wsgi.py", "from app import create_app\napp = create_app()\n");
        tree.Write("app/__init__.py", "from flask import Flask\n\ndef create_app():\n    app = Flask(__name__)\n    from .routes import bp\n    from . import extensions\n    return app\n");
        tree.Write("app/routes.py", "from flask import Blueprint\nbp = Blueprint('x', __name__)\n");
        tree.Write("app/extensions.py", "from app.util.helpers import slug\n");
        tree.Write("app/util/helpers.py", "def slug(x): return x\n");
        tree.Write("app/unused.py", "from flask_limiter import Limiter\n");
        tree.Write("backup/server.py", "from flask import Flask\napp = Flask(__name__)\n");
        tree.Write("tests/test_app.py", "from app import unused\n");

        var graph = Graph(tree);

        Assert.That(graph.Entries.Select(e => e.Path), Is.EqualTo(new[] { "wsgi.py" }));
        Assert.That(graph.Reachable, Is.EquivalentTo(new[] { "wsgi.py", "app/__init__.py", "app/routes.py", "app/extensions.py", "app/util/helpers.py" }));
        Assert.That(graph.Reach("app/unused.py"), Is.EqualTo(PyReach.Unreachable));
        Assert.That(graph.Reach("backup/server.py"), Is.EqualTo(PyReach.Unreachable));
        Assert.That(graph.ReachedFrom("app/util/helpers.py"), Is.EqualTo("app/extensions.py"));
        Assert.That(graph.IsWebApp, Is.True);
    }

    [Test]
    public void For_ProcfileNamesTheApp_OnlyDeclaredAndConventionalEntriesCount()
    {
        using var tree = new TempTree();
        tree.Write("Procfile", "web: gunicorn 'service.web:create_app()' --workers 4 --bind 0.0.0.0:$PORT\n# web: gunicorn old.app:app\n");
        tree.Write("service/__init__.py", "");
        tree.Write("service/web.py", "from fastapi import FastAPI\nfrom service import routes\n");
        tree.Write("service/routes.py", "");
        tree.Write("old/app_copy.py", "from flask import Flask\napp = Flask(__name__)\n");

        var graph = Graph(tree);

        Assert.That(graph.Entries.Select(e => e.Path), Is.EquivalentTo(new[] { "service/__init__.py", "service/web.py" }));
        Assert.That(graph.Entries.Select(e => e.Reason), Has.All.StartWith("gunicorn in Procfile:1"));
        Assert.That(graph.Reach("service/routes.py"), Is.EqualTo(PyReach.Reachable));
        Assert.That(graph.Reach("old/app_copy.py"), Is.EqualTo(PyReach.Unreachable));
    }

    [Test]
    public void For_DjangoProject_FollowsSettingsAppsMiddlewareAndUrlconfStrings()
    {
        using var tree = new TempTree();
        tree.Write("manage.py", "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\nfrom django.core.management import execute_from_command_line\n");
        tree.Write("proj/__init__.py", "");
        tree.Write("proj/settings.py", "INSTALLED_APPS = [\n    'django.contrib.admin',\n    'blog',\n    'shop.apps.ShopConfig',\n]\nMIDDLEWARE = ['proj.middleware.TimingMiddleware']\nROOT_URLCONF = 'proj.urls'\n");
        tree.Write("proj/middleware.py", "");
        tree.Write("proj/urls.py", "from django.urls import include, path\nurlpatterns = [path('blog/', include('blog.urls'))]\n");
        tree.Write("blog/__init__.py", "");
        tree.Write("blog/models.py", "");
        tree.Write("blog/urls.py", "from . import views\n");
        tree.Write("blog/views.py", "");
        tree.Write("blog/orphan.py", "");
        tree.Write("shop/__init__.py", "");
        tree.Write("shop/apps.py", "");

        var graph = Graph(tree);

        foreach (var path in new[] { "proj/settings.py", "proj/middleware.py", "proj/urls.py", "blog/models.py", "blog/views.py", "shop/apps.py" })
        {
            Assert.That(graph.Reach(path), Is.EqualTo(PyReach.Reachable), path);
        }

        Assert.That(graph.Reach("blog/orphan.py"), Is.EqualTo(PyReach.Unreachable));
        Assert.That(graph.Uses("django"), Is.True);
    }

    [Test]
    public void For_DockerfileUvicornInSrcLayout_ResolvesRelativeImports()
    {
        using var tree = new TempTree();
        tree.Write("Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"uvicorn\", \"api.main:app\", \"--app-dir\", \"src\", \"--host\", \"0.0.0.0\"]\n");
        tree.Write("src/api/__init__.py", "");
        tree.Write("src/api/main.py", "from fastapi import FastAPI\nfrom .routers import (\n    users,\n    items,\n)\n");
        tree.Write("src/api/routers/__init__.py", "");
        tree.Write("src/api/routers/users.py", "from ..core import config\n");
        tree.Write("src/api/routers/items.py", "");
        tree.Write("src/api/core/config.py", "");

        var graph = Graph(tree);

        Assert.That(graph.Entries.Select(e => e.Path), Does.Contain("src/api/main.py"));
        Assert.That(graph.Reach("src/api/routers/items.py"), Is.EqualTo(PyReach.Reachable));
        Assert.That(graph.Reach("src/api/core/config.py"), Is.EqualTo(PyReach.Reachable));
    }

    [Test]
    public void For_NoEntry_ReachIsUnknown()
    {
        using var tree = new TempTree();
        tree.Write("lib/util.py", "import json\n");

        var graph = Graph(tree);

        Assert.That(graph.HasEntries, Is.False);
        Assert.That(graph.Reach("lib/util.py"), Is.EqualTo(PyReach.Unknown));
        Assert.That(graph.IsWebApp, Is.False);
    }

    [Test]
    public void For_LaunchesInToolScriptsAndDevelopmentFiles_AreNotEntries()
    {
        using var tree = new TempTree();
        tree.Write("Dockerfile", "FROM python:3.12-slim\nCOPY . .\nCMD [\"python\", \"server.py\"]\n");
        tree.Write("server.py", "from fastapi import FastAPI\napp = FastAPI()\n");
        tree.Write("scripts/profile_memory.sh", "#!/bin/sh\nuvicorn demo.playground_app:app --port 9000\n");
        tree.Write("scripts/start.sh", "#!/bin/sh\ngunicorn worker.web:app\n");
        tree.Write("dev-tools.sh", "python demo/seed_app.py\n");
        tree.Write("demo/__init__.py", "");
        tree.Write("demo/playground_app.py", "from fastapi import FastAPI\napp = FastAPI()\n");
        tree.Write("demo/seed_app.py", "import json\n");
        tree.Write("worker/__init__.py", "");
        tree.Write("worker/web.py", "from flask import Flask\napp = Flask(__name__)\n");

        var graph = Graph(tree);

        Assert.That(graph.Entries.Select(e => e.Path), Is.EqualTo(new[] { "server.py", "worker/__init__.py", "worker/web.py" }));
        Assert.That(graph.Reach("demo/playground_app.py"), Is.EqualTo(PyReach.Unreachable));
        Assert.That(graph.Reach("demo/seed_app.py"), Is.EqualTo(PyReach.Unreachable));
    }

    [Test]
    public void For_SameWorkspace_BuildsOnce()
    {
        using var tree = new TempTree();
        tree.Write("main.py", "import os\n");
        var workspace = Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent);

        Assert.That(PyGraph.For(workspace), Is.SameAs(PyGraph.For(workspace)));
    }

    private static PyGraph Graph(TempTree tree) =>
        PyGraph.For(Workspace.Open(tree.Root, new WorkspaceOptions { ReadGit = false }, Scans.Silent));
}
