using Scanner.Core.Engine;
using Scanner.Core.Model;

namespace Scanner.Probes.CSharp;

/// <summary>
/// Responses or data are cached: output caching (<c>AddOutputCache</c> + <c>UseOutputCache</c>), response caching
/// (<c>AddResponseCaching</c> + <c>UseResponseCaching</c>), or a cache service (<c>AddMemoryCache</c>,
/// <c>AddStackExchangeRedisCache</c>, <c>AddHybridCache</c>, <c>AddDistributedMemoryCache</c>) registered at startup.
/// </summary>
public sealed class CsResponseCaching : IProbe
{
    private static readonly string[] CacheServices = ["AddMemoryCache", "AddStackExchangeRedisCache", "AddHybridCache", "AddDistributedMemoryCache", "AddDistributedSqlServerCache"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        // Any of the three found speaks for itself; only when none is found is the app uncached.
        List<Finding> found =
        [
            .. CsRegistration.Found(context, app, "output caching", ["AddOutputCache"], ["UseOutputCache"]),
            .. CsRegistration.Found(context, app, "response caching", ["AddResponseCaching"], ["UseResponseCaching"]),
            .. CsRegistration.Found(context, app, "a cache service", [], CacheServices),
        ];
        return found.Count > 0 ? found
            : [context.Missing("no caching: no AddOutputCache() / UseOutputCache(), AddResponseCaching() / UseResponseCaching() or cache service (AddMemoryCache, AddStackExchangeRedisCache, AddHybridCache)")];
    }
}
