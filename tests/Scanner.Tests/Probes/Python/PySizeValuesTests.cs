using Scanner.Core.Workspaces;
using Scanner.Probes.Python;

namespace Scanner.Tests.Probes.Python;

public sealed class PySizeValuesTests
{
    private const string View = """
        from django.conf import settings

        def upload(request):
            limit = getattr(settings, "DOC_MAX_MB", 4) * 1024 * 1024
            if request.FILES["doc"].size > limit:
                raise ValueError("too large")
        """;

    [Test]
    public void Resolve_GetattrDefaultWithNoSettingAssigned_UsesTheDefault()
    {
        var view = new SourceDocument("app/views.py", View);
        var settings = new SourceDocument("app/settings.py", "DEBUG = False\n");

        var bytes = PySizeValues.Resolve("limit", [view, settings], view, View.IndexOf("if request", StringComparison.Ordinal));

        Assert.That(bytes, Is.EqualTo(4d * 1024 * 1024));
    }

    [Test]
    public void Resolve_SettingAssignedALiteral_UsesTheSetting()
    {
        var view = new SourceDocument("app/views.py", View);
        var settings = new SourceDocument("app/settings.py", "DOC_MAX_MB = 12\n");

        var bytes = PySizeValues.Resolve("limit", [view, settings], view, View.IndexOf("if request", StringComparison.Ordinal));

        Assert.That(bytes, Is.EqualTo(12d * 1024 * 1024));
    }

    [Test]
    public void Resolve_SettingReadFromTheEnvironment_IsNotStated()
    {
        var view = new SourceDocument("app/views.py", View);
        var settings = new SourceDocument("app/settings.py", "import os\nDOC_MAX_MB = int(os.environ.get(\"DOC_MAX_MB\", \"4\"))\n");

        var bytes = PySizeValues.Resolve("limit", [view, settings], view, View.IndexOf("if request", StringComparison.Ordinal));

        Assert.That(bytes, Is.Null);
    }

    [Test]
    public void Resolve_LocalAssignedAfterTheCheck_IsNotUsed()
    {
        const string code = "def f(upload):\n    if upload.size > cap:\n        pass\n    cap = 3 * 1024\n";
        var doc = new SourceDocument("app/checks.py", code);

        var bytes = PySizeValues.Resolve("cap", [doc], doc, code.IndexOf("if upload", StringComparison.Ordinal));

        Assert.That(bytes, Is.Null);
    }
}
