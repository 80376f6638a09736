namespace Scanner.Probes.Compose;

/// <summary>Images and ports of databases, caches, queues and search engines: things that should never face the internet.</summary>
public static class Datastores
{
    private static readonly string[] ImageNames =
    [
        "postgres", "postgis", "timescaledb", "mysql", "mariadb", "percona", "mongo", "redis", "valkey", "keydb", "memcached",
        "elasticsearch", "opensearch", "rabbitmq", "cassandra", "scylla", "couchdb", "couchbase", "influxdb", "clickhouse",
        "neo4j", "etcd", "zookeeper", "kafka", "nats", "mssql", "oracle", "cockroach", "arangodb", "dragonfly",
    ];

    private static readonly Dictionary<int, string> Ports = new()
    {
        [5432] = "PostgreSQL", [3306] = "MySQL", [33060] = "MySQL X", [27017] = "MongoDB", [27018] = "MongoDB", [6379] = "Redis",
        [11211] = "Memcached", [9200] = "Elasticsearch", [9300] = "Elasticsearch", [5672] = "AMQP", [15672] = "RabbitMQ admin",
        [9042] = "Cassandra", [5984] = "CouchDB", [8086] = "InfluxDB", [8123] = "ClickHouse", [7687] = "Neo4j", [2379] = "etcd",
        [2181] = "ZooKeeper", [9092] = "Kafka", [1433] = "SQL Server", [1521] = "Oracle", [26257] = "CockroachDB", [4222] = "NATS",
    };

    public static bool IsDatastoreImage(string imageName) => ImageNames.Any(n => imageName.Contains(n, StringComparison.Ordinal));

    public static string? PortName(int port) => Ports.GetValueOrDefault(port);
}
