using System.Text.RegularExpressions;

namespace Scanner.Checklist.Claims;

/// <summary>
/// npm packages a checklist may name in plain prose ("Passwords hashed with bcrypt"), and the packages that bear
/// each name out: bcryptjs does what bcrypt claims, any @sentry/ SDK is Sentry. Only names that mean a package in
/// a readiness checklist are here; words that are also concepts (cors, compression, redis) count only in code spans.
/// </summary>
internal static partial class KnownPackages
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

    /// <summary>What declares <paramref name="name"/>; null for a name this table does not know.</summary>
    public static string[]? Accepts(string name) => Accepting.GetValueOrDefault(name);

    [GeneratedRegex(
        @"(?:^|[^\w@/.-])(?<name>helmet|express-rate-limit|rate-limiter-flexible|csurf|csrf-csrf|express-validator|class-validator|joi|zod|yup|bcryptjs|bcrypt|argon2|winston|pino|bunyan|morgan|envalid|ioredis|knex|sequelize|mongoose|drizzle-orm|drizzle|prisma|next-auth|nextauth|sentry|jest|vitest|mocha|cypress|playwright|eslint|typescript)(?:$|[^\w@/-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BareName();
}
