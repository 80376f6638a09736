namespace Scanner.Probes.JavaScript;

/// <summary>
/// The SQL clients a JS/TS app imports, told apart by whether queries are written as SQL text: an ORM or query
/// builder (Prisma, Sequelize, TypeORM, Drizzle, Knex ...) builds the SQL itself, a driver (pg, mysql2, sqlite3,
/// postgres.js ...) runs the text it is given.
/// </summary>
public static class JsSqlClients
{
    public static readonly IReadOnlySet<string> Orms = new HashSet<string>(StringComparer.Ordinal)
    {
        "@prisma/client", "knex", "sequelize", "typeorm", "drizzle-orm", "kysely", "mikro-orm", "@mikro-orm/core", "objection",
    };

    public static readonly IReadOnlySet<string> Drivers = new HashSet<string>(StringComparer.Ordinal)
    {
        "pg", "mysql", "mysql2", "sqlite3", "better-sqlite3", "postgres", "mssql", "@neondatabase/serverless", "@vercel/postgres",
        "@planetscale/database", "@libsql/client", "slonik", "pg-promise",
    };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(Orms.Concat(Drivers), StringComparer.Ordinal);
}
