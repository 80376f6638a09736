using System.Text.RegularExpressions;
using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.JavaScript.Modules;

namespace Scanner.Probes.JavaScript;

/// <summary>
/// Shared run for the Next.js config probes: each setting that switches a safeguard off fails where it is written
/// (in code, not in a comment); a config without one passes at its definition with the given pass message.
/// </summary>
public static class NextConfigCheck
{
    public static IEnumerable<Finding> Run(ProbeContext context, IReadOnlyList<(Regex Pattern, string Keyword, string Message)> forbidden, string passMessage)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var configs = NextConfigFile.All(graph).Where(d => context.Card.Files.Matches(d.Path)).ToList();
        if (configs.Count == 0)
        {
            return [context.NotApplicable("no next.config file")];
        }

        var findings = new List<Finding>();
        foreach (var config in configs)
        {
            var fails = forbidden.SelectMany(f => JsCode.Matches(config, f.Pattern, f.Keyword).Select(m => context.Fail(config, m.Index, f.Message))).ToList();
            findings.AddRange(fails.Count > 0 ? fails : [context.Pass(config, NextConfigFile.Anchor(config), passMessage)]);
        }

        return findings;
    }
}
