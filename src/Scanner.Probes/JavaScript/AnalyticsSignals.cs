using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// What loads a web analytics tool in front-end code: an SDK's start call (<c>posthog.init</c>,
/// <c>ReactGA.initialize</c>, <c>getAnalytics</c>), a component rendered from an analytics package
/// (<c>&lt;Analytics /&gt;</c>, <c>&lt;GoogleAnalytics gaId=... /&gt;</c>), a Vue plugin installed with <c>use</c>, or a
/// vendor's tag script (gtag.js, Plausible, Umami, Matomo ...). Also, for the closed-world question, whether any
/// file names analytics at all.
/// </summary>
internal static partial class AnalyticsSignals
{
    /// <summary>Each kind: its packages, the member calls that start it, and the bare calls that do (empty: none; "*": any).</summary>
    private static readonly (string[] Packages, string[] Members, string[] Bare)[] Starts =
    [
        (["react-ga4", "react-ga", "react-gtm-module", "react-hotjar", "ngx-google-analytics"], ["initialize", "init"], []),
        (["posthog-js", "mixpanel-browser", "amplitude-js", "@amplitude/analytics-browser", "@microsoft/clarity", "countly-sdk-web"], ["init", "initialize"], ["init"]),
        (["@segment/analytics-next", "@rudderstack/analytics-js"], ["load"], []),
        (["fathom-client"], ["load"], ["load"]),
        (["@vercel/analytics"], [], ["inject"]),
        (["firebase", "@firebase/analytics"], [], ["getAnalytics", "initializeAnalytics"]),
        (["plausible-tracker", "analytics", "@datapunt/matomo-tracker-react", "@jonkoops/matomo-tracker-react"], [], ["*"]),
        (["@snowplow/browser-tracker"], [], ["newTracker"]),
    ];

    /// <summary>Packages whose components or plugins load the tool when rendered or installed.</summary>
    private static readonly HashSet<string> Rendered = new(StringComparer.Ordinal)
    {
        "@vercel/analytics", "@next/third-parties", "next-plausible", "nextjs-google-analytics", "posthog-js", "vue-gtag",
        "vue-gtag-next", "@gtm-support/vue-gtm", "vue-plausible", "@nuxtjs/google-analytics", "react-ga4",
    };

    public static readonly HashSet<string> Packages = new(
        Starts.SelectMany(s => s.Packages).Where(p => p != "firebase").Concat(Rendered), StringComparer.Ordinal);

    public static IEnumerable<JsEvidence> InModules(ModuleGraph graph)
    {
        foreach (var (packages, members, bare) in Starts)
        {
            var set = packages.ToHashSet(StringComparer.Ordinal);
            foreach (var e in PackageCalls.Find(graph, set, members.ToHashSet(StringComparer.Ordinal), bare.Length > 0, "web analytics started")
                         .Where(e => bare.Contains("*") || members.Any(m => e.What.EndsWith($".{m})", StringComparison.Ordinal)) || bare.Any(b => e.What.EndsWith($": {b})", StringComparison.Ordinal))))
            {
                yield return e;
            }
        }

        foreach (var import in JsPackages.Imports(graph, Rendered).DistinctBy(i => i.Doc.Path))
        {
            var names = JsPackages.NamesIn(graph, import.Doc.Path, Rendered);
            foreach (var m in JsCode.Matches(import.Doc, Tag(), "<").Concat(JsCode.Matches(import.Doc, Plugin(), "use")))
            {
                if (names.Contains(m.Groups["name"].Value))
                {
                    yield return new JsEvidence(import.Doc, m.Index, $"web analytics rendered ({JsImports.PackageOf(import.Import.Specifier)}: {m.Value.Trim()})");
                }
            }
        }

        foreach (var doc in graph.Modules)
        {
            foreach (var e in TagScripts(doc))
            {
                yield return e;
            }
        }
    }

    /// <summary>A vendor's tag script or inline snippet outside comments: in a page or in a module that writes one.</summary>
    public static IEnumerable<JsEvidence> TagScripts(SourceDocument doc)
    {
        var html = doc.Path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        foreach (Match m in Script().Matches(doc.Content))
        {
            if (html || doc.Regions.KindAt(m.Index) != RegionKind.Comment)
            {
                yield return new JsEvidence(doc, m.Index, $"web analytics tag loaded ({m.Value})");
            }
        }
    }

    /// <summary>Where a file names analytics in any form, or -1: a vendor, an identifier or path, an event helper.</summary>
    public static int Mention(string text) => Mentioned().Match(text) is { Success: true } m ? m.Index : -1;

    [GeneratedRegex(@"<(?<name>[A-Z][A-Za-z0-9_$]{0,60})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\.use\(\s{0,8}(?<name>[A-Za-z_$][\w$]{0,60})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Plugin();

    [GeneratedRegex(@"googletagmanager\.com/(?:gtag/js|gtm\.js|ns\.html)|google-analytics\.com/(?:analytics|ga)\.js|gtag\(\s{0,8}['""]config['""]|plausible\.io/js/|cdn\.usefathom\.com|umami\.is/script\.js|data-website-id|cdn\.segment\.com/analytics|matomo\.js|piwik\.js|_paq\.push|static\.cloudflareinsights\.com|[a-z-]{1,20}\.i\.posthog\.com|cdn\.mxpnl\.com|static\.hotjar\.com|clarity\.ms/tag|scripts\.simpleanalyticscdn\.com|gc\.zgo\.at/count\.js", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    // Words that are also plain English ("advanced analytics", "a plausible reason", "umami flavour") count only as part of
    // an identifier, a path or a call (useAnalytics, GOOGLE_ANALYTICS_ID, analytics.track, /api/analytics).
    [GeneratedRegex(@"[A-Za-z0-9_./@$-](?:analytics|plausible|umami|fathom|amplitude)|(?:analytics|plausible|umami|fathom|amplitude)(?:[A-Za-z0-9_/@$(-]|\.[A-Za-z])|gtag|googletagmanager|posthog|matomo|piwik|mixpanel|@segment/|segment\.(?:com|io)|hotjar|heap\.io|cloudflareinsights|goatcounter|simpleanalytics|rudderstack|snowplow|countly|clarity\.ms|pageview|page_view|trackEvent|trackPage", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Mentioned();
}
