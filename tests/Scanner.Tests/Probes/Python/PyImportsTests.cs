using Scanner.Core.Workspaces;
using Scanner.Probes.Python;

namespace Scanner.Tests.Probes.Python;

public sealed class PyImportsTests
{
    [Test]
    public void Of_StatementForms_ReadsModulesLevelsAndNames()
    {
        var doc = new SourceDocument("pkg/mod.py", """
            import os, json as j
            from .models import (
                User,
                Order,  # trailing comment
            )
            from .. import views
            from flask_limiter.util import get_remote_address as addr
            def factory():
                from .routes import bp
            text = "import secrets"
            # import commented
            """);

        var imports = PyImports.Of(doc).Select(i => $"{new string('.', i.Level)}{i.Module}:{string.Join(",", i.Names)}");

        Assert.That(imports, Is.EqualTo(new[]
        {
            "os:", "json:", ".models:User,Order", "..:views", "flask_limiter.util:get_remote_address", ".routes:bp",
        }));
    }

    [Test]
    public void StringReferences_DottedPathsAndAppSpecs_AreFoundOnlyAsWholeLiterals()
    {
        var doc = new SourceDocument("settings.py", """
            ROOT_URLCONF = "proj.urls"
            MIDDLEWARE = ["proj.middleware.Timing"]
            uvicorn.run("app.main:app")
            LOG = "see proj.urls for details"
            # "commented.module"
            """);

        var references = PyImports.StringReferences(doc).Select(r => r.Reference);

        Assert.That(references, Is.EqualTo(new[] { "proj.urls", "proj.middleware.Timing", "app.main:app" }));
    }
}
