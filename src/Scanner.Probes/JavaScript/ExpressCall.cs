using Scanner.Core.Workspaces;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// One registration on an Express app or router, in source order: <c>app.use(...)</c> or a route such as
/// <c>router.post('/orders', ...)</c>, with its path (when the first argument is a string) and argument texts.
/// <paramref name="Middleware"/> holds the names this file binds to a factory's result (<c>const limiter =
/// rateLimit(...)</c>): <c>app.use('/api/', limiter)</c> is middleware on a path, not a router mount.
/// </summary>
public sealed record ExpressCall(SourceDocument Doc, int Offset, string Target, string Method, string? Path, IReadOnlyList<string> Args, IReadOnlySet<string>? Middleware = null)
{
    private static readonly string[] Exempt = ["/health", "/healthz", "/ready", "/readyz", "/live", "/livez", "/ping", "/status", "/metrics"];

    public int Line => Doc.Text.LineOf(Offset);

    /// <summary>A route, or a router mounted on a path (<c>app.use('/api', api)</c>); plain middleware is not.</summary>
    public bool IsRoute => Method != "use" || (Path is not null && Args.Count >= 2 && IsName(Args[^1]) && !(Middleware?.Contains(Args[^1].Trim()) ?? false));

    /// <summary>
    /// Health, readiness and metrics routes are meant to stay outside limiters and auth; so is a CORS preflight
    /// answer (<c>app.options('*', cors())</c>), which carries no page and no data.
    /// </summary>
    public bool IsProbeRoute => Method == "options" || Path is not null && Exempt.Any(e => Path.Equals(e, StringComparison.OrdinalIgnoreCase) ||
                                                                    Path.StartsWith(e + "/", StringComparison.OrdinalIgnoreCase) ||
                                                                    Path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public string Label => $"{(Method == "use" ? "" : Method.ToUpperInvariant() + " ")}{Path ?? "/"} (line {Line})";

    /// <summary>Whether middleware registered on <paramref name="path"/> sees requests to this call's path.</summary>
    public bool IsUnder(string? path) =>
        path is null or "/" || (Path is not null && (Path == path || Path.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal)));

    public bool Mentions(IReadOnlySet<string> names) => Args.Any(a => JsNames.In(a).Overlaps(names));

    private static bool IsName(string arg)
    {
        var t = arg.Trim();
        return t.Length > 0 && (t.All(c => char.IsLetterOrDigit(c) || c is '_' or '$' or '.') || t.StartsWith("require(", StringComparison.Ordinal));
    }
}
