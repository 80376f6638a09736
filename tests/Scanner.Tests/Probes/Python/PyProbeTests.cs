using Scanner.Core.Model;
using Scanner.Tests.Support;

namespace Scanner.Tests.Probes.Python;

public sealed class PyProbeTests
{
    [Test]
    public void SecretKey_HardcodedValue_NeverAppearsInMessageOrEvidence()
    {
        var root = Path.Combine(RepoPaths.Fixtures, "py-secret-key-from-environment", "fail-flask-literal");

        var probe = Scans.Probe(Scans.Run(root, "py-secret-key-from-environment"), "py-secret-key-from-environment");

        Assert.That(probe.Outcome, Is.EqualTo(Outcome.Fail));
        Assert.That(probe.Findings.Select(f => f.Message + " " + f.Evidence), Has.None.Contain("ReadyScan-NotReal-flask-session-key-7f3a"));
        Assert.That(probe.Findings.Select(f => f.Evidence), Has.Some.Contain("…(40 chars)"));
    }

    [Test]
    public void RateLimiting_LimiterOnlyInUnimportedModule_SaysNotWiredIn()
    {
        var root = Path.Combine(RepoPaths.Fixtures, "py-rate-limiting", "fail-not-wired-in");

        var probe = Scans.Probe(Scans.Run(root, "py-rate-limiting"), "py-rate-limiting");

        Assert.That(probe.Findings.Single().Message, Does.Contain("present but not wired in (extensions.py"));
    }

    [Test]
    public void HealthRoute_AppWithoutEntry_IsInconclusiveNotPass()
    {
        using var tree = new TempTree();
        tree.Write("service/web.py", "from flask import Blueprint\nbp = Blueprint('h', __name__)\n\n@bp.get('/healthz')\ndef h():\n    return 'ok'\n");
        tree.Write("service/factory.py", "from flask import Flask\n");

        var probe = Scans.Probe(Scans.Run(tree.Root, "py-health-route"), "py-health-route");

        Assert.That(probe.Outcome, Is.EqualTo(Outcome.Inconclusive));
        Assert.That(probe.Findings.Single().Message, Does.Contain("no app entry"));
    }

    [Test]
    public void PasswordHashing_KdfOnlyInUnimportedModule_SaysNotWiredInAndFailsTheRawStore()
    {
        var root = Path.Combine(RepoPaths.Fixtures, "py-password-hashing", "fail-not-wired-in");

        var probe = Scans.Probe(Scans.Run(root, "py-password-hashing"), "py-password-hashing");

        Assert.That(probe.Findings.Select(f => f.Message), Has.Some.Contain("present but not wired in (passwords.py"));
        Assert.That(probe.Findings.Select(f => $"{f.Location?.Path}:{f.Location?.Line}"), Does.Contain("app.py:10"));
    }

    [Test]
    public void InputValidation_ValidatedAndRawReadsInOneFile_FailsOnlyTheUnvalidatedFunction()
    {
        using var tree = new TempTree();
        tree.Write("app.py", string.Join('\n',
            "from flask import Flask, request",
            "from marshmallow import Schema, fields",
            "app = Flask(__name__)",
            "class NoteSchema(Schema):",
            "    text = fields.Str(required=True)",
            "@app.post('/a')",
            "def a():",
            "    if request.method == 'POST':",
            "        return NoteSchema().load(request.get_json())",
            "@app.post('/b')",
            "def b():",
            "    return request.form['text']",
            ""));

        var probe = Scans.Probe(Scans.Run(tree.Root, "py-input-validation"), "py-input-validation");

        Assert.That(probe.Outcome, Is.EqualTo(Outcome.Fail));
        Assert.That(probe.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Message), Is.EqualTo(new[] { "request.form used in b() with no schema validation in that function" }));
        Assert.That(probe.Findings.Where(f => f.Outcome == Outcome.Pass).Select(f => f.Location?.Line), Is.EqualTo(new int?[] { 9 }));
    }

    [TestCase("py-rate-limiting")]
    [TestCase("py-password-hashing")]
    [TestCase("py-input-validation")]
    [TestCase("py-debug-off")]
    [TestCase("py-tests-present")]
    [TestCase("py-dependencies-pinned")]
    public void PythonProbes_RepositoryWithoutPython_AreNotApplicable(string id)
    {
        var root = Path.Combine(RepoPaths.Fixtures, "apps", "express-api");

        Assert.That(Scans.Probe(Scans.Run(root, id), id).Outcome, Is.EqualTo(Outcome.NotApplicable));
    }
}
