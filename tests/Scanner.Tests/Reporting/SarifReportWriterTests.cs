using System.Text.Json;
using Scanner.Core.Model;
using Scanner.Reporting;
using Scanner.Tests.Support;

namespace Scanner.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void Write_SampleApp_ValidatesAgainstOfficialSchema(bool passes)
    {
        var schema = SharedSchemas.Sarif();

        var sarif = Reports.Render("sarif", Reports.SampleApp, new ReportOptions { SarifPasses = passes });

        Assert.That(SharedSchemas.Errors(schema, sarif), Is.Empty);
    }

    [Test]
    public void Write_SuppressedAndShiftedTree_ValidatesAgainstOfficialSchema()
    {
        var schema = SharedSchemas.Sarif();
        using var tree = SuppressedTree();

        var sarif = Reports.Render("sarif", Reports.Build(tree.Root, "app"), new ReportOptions { SarifPasses = true });

        Assert.That(SharedSchemas.Errors(schema, sarif), Is.Empty);
    }

    [Test]
    public void Validate_ResultWithUnknownKind_IsRejected()
    {
        var schema = SharedSchemas.Sarif();
        var sarif = Reports.Render("sarif", Reports.SampleApp).Replace("\"kind\": \"fail\"", "\"kind\": \"failed\"", StringComparison.Ordinal);

        Assert.That(SharedSchemas.Errors(schema, sarif), Is.Not.Empty, "the schema must catch a wrong enum value");
    }

    [Test]
    public void Write_SampleApp_RulesComeFromTheProbeCards()
    {
        var run = Run(Reports.Render("sarif", Reports.SampleApp));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var secrets = rules.Single(r => r.GetProperty("id").GetString() == "secrets-none-hardcoded");
        var card = Scans.DefaultCatalog.Find("secrets-none-hardcoded")!.Info;

        Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(Reports.SampleApp.Scan.Probes.Select(p => p.Probe.Id)
            .Concat(["checklist-false-claim", "checklist-self-contradiction", "checklist-summary-mismatch"])));
        Assert.That(secrets.GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo(card.Title));
        Assert.That(secrets.GetProperty("fullDescription").GetProperty("text").GetString(), Is.EqualTo(card.Description));
        Assert.That(secrets.GetProperty("help").GetProperty("text").GetString(), Is.EqualTo(card.Remediation));
        Assert.That(secrets.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"));
        Assert.That(Strings(secrets.GetProperty("properties").GetProperty("tags")), Does.Contain("external/cwe/cwe-798").And.Contain("security"));
        var consoleRule = rules.Single(r => r.GetProperty("id").GetString() == "js-no-console-log");
        Assert.That(consoleRule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("note"));
    }

    [Test]
    public void Write_SampleApp_OneResultPerFailureWithRelativeLocationAndFingerprint()
    {
        var report = Reports.SampleApp;
        var results = Results(Reports.Render("sarif", report)).Where(r => !Rule(r).StartsWith("checklist-", StringComparison.Ordinal)).ToList();
        var failures = report.Scan.AllFindings.Where(f => f.Outcome == Outcome.Fail).ToList();

        Assert.That(results, Has.Count.EqualTo(failures.Count));
        Assert.That(results.Select(r => r.GetProperty("kind").GetString()), Is.All.EqualTo("fail"));
        Assert.That(results.Select(r => r.GetProperty("partialFingerprints").GetProperty("readyscan/v1").GetString()),
            Is.EqualTo(failures.Select(f => f.Fingerprint)));
        var secret = results.Single(r => Rule(r) == "secrets-none-hardcoded");
        var location = secret.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("src/lib/payments.js"));
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
        Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(4));
        Assert.That(secret.GetProperty("level").GetString(), Is.EqualTo("error"));
        Assert.That(secret.ToString(), Does.Not.Contain("ReadyScanFake"), "the secret value must stay redacted");
    }

    [Test]
    public void Write_SampleApp_FalseClaimsAreResultsAtTheChecklistLineWithEvidence()
    {
        var claims = Results(Reports.Render("sarif", Reports.SampleApp)).Where(r => Rule(r) == "checklist-false-claim").ToList();

        Assert.That(claims, Has.Count.EqualTo(10));
        var secrets = claims.Single(c => c.GetProperty("message").GetProperty("text").GetString()!.Contains("hardcoded secrets", StringComparison.Ordinal));
        var at = secrets.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(at.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("PRODUCTION_CHECKLIST.md"));
        Assert.That(at.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(6));
        var evidence = secrets.GetProperty("relatedLocations")[0];
        Assert.That(evidence.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("src/lib/payments.js"));
        Assert.That(secrets.GetProperty("message").GetProperty("text").GetString(), Does.Contain("[src/lib/payments.js:4](1)"));
    }

    [Test]
    public void Write_LinesShiftedAbove_KeepsFingerprintsAndMovesTheRegion()
    {
        using var tree = SuppressedTree();
        var before = Results(Reports.Render("sarif", Reports.Build(tree.Root, "app"))).Single(r => Rule(r) == "js-no-console-log" && !Suppressed(r));
        tree.Write("server.js", "// a comment\n// another\n" + File.ReadAllText(Path.Combine(tree.Root, "server.js")));

        var after = Results(Reports.Render("sarif", Reports.Build(tree.Root, "app"))).Single(r => Rule(r) == "js-no-console-log" && !Suppressed(r));

        Assert.That(after.GetProperty("partialFingerprints").ToString(), Is.EqualTo(before.GetProperty("partialFingerprints").ToString()));
        Assert.That(StartLine(after), Is.EqualTo(StartLine(before) + 2));
    }

    [Test]
    public void Write_InlineSuppression_CarriesKindAndJustification()
    {
        using var tree = SuppressedTree();

        var suppressed = Results(Reports.Render("sarif", Reports.Build(tree.Root, "app"))).Single(Suppressed);

        var suppression = suppressed.GetProperty("suppressions")[0];
        Assert.That(suppression.GetProperty("kind").GetString(), Is.EqualTo("inSource"));
        Assert.That(suppression.GetProperty("justification").GetString(), Is.EqualTo("start-up banner that ops read"));
    }

    [Test]
    public void Write_PassesOnlyWhenAsked_AsKindPass()
    {
        var without = Results(Reports.Render("sarif", Reports.SampleApp));
        var with = Results(Reports.Render("sarif", Reports.SampleApp, new ReportOptions { SarifPasses = true }));

        Assert.That(without.Select(r => r.GetProperty("kind").GetString()), Is.All.EqualTo("fail"));
        var passes = with.Where(r => r.GetProperty("kind").GetString() == "pass").ToList();
        Assert.That(passes, Is.Not.Empty);
        Assert.That(passes.Select(r => r.GetProperty("level").GetString()), Is.All.EqualTo("none"));
        Assert.That(passes.Select(Rule), Does.Contain("js-helmet-csp-enabled"));
    }

    [Test]
    public void Write_SameScanTwice_GivesTheSameBytes()
    {
        Assert.That(Reports.Render("sarif", Reports.SampleApp), Is.EqualTo(Reports.Render("sarif", Reports.SampleApp)));
    }

    private static TempTree SuppressedTree()
    {
        var tree = new TempTree();
        tree.Write("package.json", "{ \"name\": \"app\", \"main\": \"server.js\" }\n");
        tree.Write("server.js", """
            const express = require('express');
            const app = express();
            // readyscan:ignore js-no-console-log -- start-up banner that ops read
            console.log('starting');
            app.get('/', (req, res) => { console.log('hit'); res.send('ok'); });
            app.listen(3000);

            """);
        return tree;
    }

    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].Clone();

    private static List<JsonElement> Results(string sarif) => [.. Run(sarif).GetProperty("results").EnumerateArray()];

    private static string Rule(JsonElement result) => result.GetProperty("ruleId").GetString()!;

    private static bool Suppressed(JsonElement result) => result.TryGetProperty("suppressions", out _);

    private static int StartLine(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
