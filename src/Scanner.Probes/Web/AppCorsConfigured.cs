using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.CSharp;
using Scanner.Probes.JavaScript;
using Scanner.Probes.JavaScript.Modules;
using Scanner.Probes.Python;

namespace Scanner.Probes.Web;

/// <summary>
/// Some layer of a web app configures CORS (<see cref="CorsLayers"/>): whether the policy is narrow enough is
/// js-/py-/cs-cors-restricted's question, this one asks only whether there is one. A policy present only in code
/// nothing runs fails; a web app with none in any layer fails, naming the layers searched; no web app is not applicable.
/// </summary>
public sealed class AppCorsConfigured : IProbe
{
    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var graph = ModuleGraph.For(context.Workspace);
        var servers = JsServers.Find(graph);
        var python = PyGraph.For(context.Workspace);
        var dotnet = CsApp.For(context.Workspace);
        var js = JsServers.NoHandlers(context, graph, servers) is null;
        if (!js && !python.IsWebApp && !dotnet.IsWebApp)
        {
            return [context.NotApplicable("no web app or server: no Node server, Next.js app, serverless function, Python web app or ASP.NET app")];
        }

        var findings = new List<Finding>();
        findings.AddRange(CorsLayers.JavaScript(context, graph));
        findings.AddRange(python.IsWebApp ? CorsLayers.Python(context, python) : []);
        findings.AddRange(dotnet.IsWebApp ? CorsLayers.CSharp(context, dotnet) : []);
        findings.AddRange(CorsLayers.Configuration(context));
        if (findings.Any(f => f.Outcome == Outcome.Pass))
        {
            return findings.Where(f => f.Outcome == Outcome.Pass);
        }

        if (findings.Count > 0)
        {
            return findings;
        }

        var layers = string.Join(", ", new[]
        {
            js ? "Node/Next.js code (cors, @fastify/cors, @koa/cors, hono/cors, Access-Control-Allow-Origin in headers(), middleware or handlers)" : null,
            python.IsWebApp ? "Python app code (CORSMiddleware, flask-cors, django-cors-headers)" : null,
            dotnet.IsWebApp ? "ASP.NET startup (AddCors + UseCors)" : null,
            "vercel.json, netlify.toml, _headers and nginx configs",
        }.OfType<string>());
        const string message = "no CORS configured in any layer: browsers get the same-origin default";
        return [js ? Wiring.Missing(context, graph, servers.FirstOrDefault(), $"{message}; searched {layers}") : context.Missing($"{message} (searched {layers})")];
    }
}
