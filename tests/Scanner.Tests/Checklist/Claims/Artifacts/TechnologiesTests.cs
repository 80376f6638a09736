using Scanner.Checklist.Claims.Artifacts;

namespace Scanner.Tests.Checklist.Claims.Artifacts;

public sealed class TechnologiesTests
{
    [TestCase("Redis for session storage and rate limiting", "Redis")]
    [TestCase("Migrate to PostgreSQL", "PostgreSQL")]
    [TestCase("Postgres connection pooling", "PostgreSQL")]
    [TestCase("Background jobs through RabbitMQ", "RabbitMQ")]
    [TestCase("Search served by Elastic Search", "Elasticsearch")]
    [TestCase("Docker configuration ready", "Docker")]
    [TestCase("Dockerfiles run as non-root", "Docker")]
    [TestCase("docker-compose health checks", "Docker")]
    [TestCase("App dockerized", "Docker")]
    public void Named_TechnologyAsMechanism_IsNamed(string text, string name) =>
        Assert.That(Technologies.Named(text).Select(t => t.Name), Is.EqualTo(new[] { name }));

    [TestCase("PostgreSQL and Redis in production")]
    public void Named_TwoTechnologiesJoinedByAnd_AreBothNamed(string text) =>
        Assert.That(Technologies.Named(text).Select(t => t.Name), Is.EqualTo(new[] { "PostgreSQL", "Redis" }));

    [TestCase("MySQL or PostgreSQL supported", "MySQL or PostgreSQL")]
    [TestCase("PostgreSQL/MySQL database", "PostgreSQL or MySQL")]
    [TestCase("Cloud storage integration (AWS S3, Cloudinary)", "S3 or Cloudinary")]
    public void Named_Alternatives_AreOneClaimAnyOfThemMeets(string text, string group) =>
        Assert.That(Technologies.Named(text).Select(t => t.Name), Is.EqualTo(new[] { group }));

    [TestCase("Redis cache (if needed)", "Redis")]
    [TestCase("Email notifications (SMTP configuration) later", "SMTP")]
    public void Named_UntickedLineThatPlansAStore_NamesItAllTheSame(string text, string name) =>
        Assert.That(Technologies.Named(text, planned: true).Select(t => t.Name), Is.EqualTo(new[] { name }));

    [TestCase("Redis cache (if needed)")]
    [TestCase("Consider Redis for sessions later")]
    [TestCase("Shared cache store (e.g. Redis)")]
    [TestCase("Caching layer such as Memcached")]
    public void Named_PlansAndExamples_AreNotClaims(string text) =>
        Assert.That(Technologies.Named(text), Is.Empty);

    [TestCase("Redistribution of load across nodes")]
    [TestCase("Dockerless deploys to the platform runtime")]
    [TestCase("Mongoose-free data layer")]
    public void Named_WordThatOnlyStartsLikeATechnology_IsNotNamed(string text) =>
        Assert.That(Technologies.Named(text), Is.Empty);

    [TestCase("Dockerfile")]
    [TestCase("dockerfile.prod")]
    [TestCase("api.dockerfile")]
    [TestCase("containerfile")]
    [TestCase("docker-compose.prod.yml")]
    [TestCase("compose.yaml")]
    public void IsTraceFile_ContainerBuildFile_IsATraceOfDocker(string name) =>
        Assert.That(Technologies.IsTraceFile("Docker", name.ToLowerInvariant()), Is.True);

    [TestCase("docker-notes.md", "Docker")]
    [TestCase("Dockerfile", "Redis")]
    public void IsTraceFile_OtherFileOrTechnology_IsNoTrace(string name, string technology) =>
        Assert.That(Technologies.IsTraceFile(technology, name.ToLowerInvariant()), Is.False);
}
