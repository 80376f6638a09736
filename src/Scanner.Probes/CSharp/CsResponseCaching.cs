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
        var output = CsRegistration.Judge(context, "output caching", ["AddOutputCache"], ["UseOutputCache"], "").ToList();
        var response = CsRegistration.Judge(context, "response caching", ["AddResponseCaching"], ["UseResponseCaching"], "").ToList();
        var services = CsRegistration.Judge(context, "a cache service", [], CacheServices, "").ToList();
        List<Finding> all = [.. output, .. response, .. services];
        if (all.Any(f => f.Outcome is Outcome.NotApplicable or Outcome.Inconclusive))
        {
            return [all[0]];
        }

        // A registration found anywhere speaks for itself; only when all three found nothing is the app uncached.
        var found = all.Where(f => f.Location is not null).ToList();
        return found.Count > 0 ? found
            : [context.Missing("no caching: no AddOutputCache() / UseOutputCache(), AddResponseCaching() / UseResponseCaching() or cache service (AddMemoryCache, AddStackExchangeRedisCache, AddHybridCache)")];
    }
}
