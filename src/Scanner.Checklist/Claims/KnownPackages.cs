using System.Text.RegularExpressions;
using Scanner.Core.Text;

namespace Scanner.Checklist.Claims;

/// <summary>
/// npm packages a checklist may name in plain prose ("Passwords hashed with bcrypt"), and the packages that bear
/// each name out: bcryptjs does what bcrypt claims, any @sentry/ SDK is Sentry. Only names that mean a package in
/// a readiness checklist are here; words that are also concepts (cors, compression, redis) count only in code spans.
/// </summary>
internal static class KnownPackages
{
    private static readonly Dictionary<string, string[]> Accepting = new(StringComparer.OrdinalIgnoreCase)
    {
        ["helmet"] = ["helmet"],
        ["express-rate-limit"] = ["express-rate-limit"],
        ["rate-limiter-flexible"] = ["rate-limiter-flexible"],
        ["csurf"] = ["csurf"],
        ["csrf-csrf"] = ["csrf-csrf"],
        ["express-validator"] = ["express-validator"],
        ["class-validator"] = ["class-validator"],
        ["joi"] = ["joi", "@hapi/joi"],
        ["zod"] = ["zod"],
        ["yup"] = ["yup"],
        ["bcrypt"] = ["bcrypt", "bcryptjs", "@node-rs/bcrypt"],
        ["bcryptjs"] = ["bcrypt", "bcryptjs", "@node-rs/bcrypt"],
        ["argon2"] = ["argon2", "@node-rs/argon2"],
        ["winston"] = ["winston"],
        ["pino"] = ["pino"],
        ["bunyan"] = ["bunyan"],
        ["morgan"] = ["morgan"],
        ["envalid"] = ["envalid"],
        ["ioredis"] = ["ioredis"],
        ["knex"] = ["knex"],
        ["sequelize"] = ["sequelize"],
        ["mongoose"] = ["mongoose"],
        ["drizzle"] = ["drizzle-orm", "drizzle-kit"],
        ["drizzle-orm"] = ["drizzle-orm"],
        ["prisma"] = ["prisma", "@prisma/client"],
        ["next-auth"] = ["next-auth", "@auth/core"],
        ["nextauth"] = ["next-auth", "@auth/core"],
        ["sentry"] = ["@sentry/*"],
        ["jest"] = ["jest"],
        ["vitest"] = ["vitest"],
        ["mocha"] = ["mocha"],
        ["cypress"] = ["cypress"],
        ["playwright"] = ["playwright", "@playwright/test"],
        ["eslint"] = ["eslint"],
        ["typescript"] = ["typescript"],
    };

    // Built from the table so the two cannot drift; no unbounded repetition, so it is linear and cheap to build.
    private static readonly Lazy<Regex> Bare = new(() => LinearRegex.Build(
        $@"(?:^|[^\w@/.-])(?<name>{string.Join('|', Accepting.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape))})(?:$|[^\w@/-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>What declares <paramref name="name"/>; null for a name this table does not know.</summary>
    public static string[]? Accepts(string name) => Accepting.GetValueOrDefault(name);

    /// <summary>
    /// A known name as a word of its own (not part of a path, scope or longer name); the group <c>name</c> holds it.
    /// </summary>
    public static Regex BareName() => Bare.Value;
}
