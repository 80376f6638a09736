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

    [TestCase("py-rate-limiting")]
    [TestCase("py-debug-off")]
    [TestCase("py-tests-present")]
    [TestCase("py-dependencies-pinned")]
    public void PythonProbes_RepositoryWithoutPython_AreNotApplicable(string id)
    {
        var root = Path.Combine(RepoPaths.Fixtures, "apps", "express-api");

        Assert.That(Scans.Probe(Scans.Run(root, id), id).Outcome, Is.EqualTo(Outcome.NotApplicable));
    }
}
