namespace Scanner.Probes.Python;

/// <summary>
/// The database layers a Python app imports, told apart by whether queries are written as SQL text: an ORM
/// (SQLAlchemy, Django, SQLModel, Peewee ...) builds the SQL itself, a driver (psycopg, sqlite3, asyncpg ...) runs
/// the text it is given.
/// </summary>
public static class PyDatabases
{
    public static readonly IReadOnlySet<string> Orms = new HashSet<string>(StringComparer.Ordinal)
    {
        "sqlalchemy", "flask_sqlalchemy", "sqlmodel", "django", "peewee", "tortoise", "pony",
    };

    public static readonly IReadOnlySet<string> Drivers = new HashSet<string>(StringComparer.Ordinal)
    {
        "psycopg2", "psycopg", "asyncpg", "pymysql", "MySQLdb", "mysql", "sqlite3", "aiosqlite", "databases", "records", "pyodbc",
        "cx_Oracle", "oracledb",
    };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(Orms.Concat(Drivers), StringComparer.Ordinal);
}
