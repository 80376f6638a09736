using Scanner.Checklist.Reconciliation;

namespace Scanner.Tests.Checklist.Reconciliation;

public sealed class SeveralDeploymentsTests
{
    [TestCase("docker-compose.production.yml")]
    [TestCase("deploy/compose.prod.yaml")]
    [TestCase("k8s/production/")]
    [TestCase("infra/prod/")]
    public void IsNamedProduction_ProductionNamedUnit_IsTrue(string unit) =>
        Assert.That(SeveralDeployments.IsNamedProduction(unit), Is.True);

    [TestCase("docker-compose.yml")]
    [TestCase("docker-compose.staging.yml")]
    [TestCase("k8s/products/")]
    [TestCase("deploy/preproduction-notes/")]
    public void IsNamedProduction_OtherUnit_IsFalse(string unit) =>
        Assert.That(SeveralDeployments.IsNamedProduction(unit), Is.False);
}
