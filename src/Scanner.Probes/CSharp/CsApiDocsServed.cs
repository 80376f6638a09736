using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Probes.Text;

namespace Scanner.Probes.CSharp;

/// <summary>
/// API documentation is served at startup: Swashbuckle's <c>UseSwagger</c>/<c>UseSwaggerUI</c>, NSwag's
/// <c>UseOpenApi</c>/<c>UseSwaggerUi</c>, <c>MapOpenApi</c>, Scalar or ReDoc; or an OpenAPI spec is committed. A spec
/// generated (<c>AddSwaggerGen</c>, <c>AddOpenApi</c>) but never served, or a docs package referenced by the project
/// and never set up, fails; with no sign at all the docs may live elsewhere, so that is undecided.
/// </summary>
public sealed class CsApiDocsServed : IProbe
{
    private static readonly string[] Serving =
    [
        "UseSwagger", "UseSwaggerUI", "UseSwaggerUi", "UseSwaggerUi3", "UseOpenApi", "UseReDoc", "MapOpenApi", "MapScalarApiReference",
    ];

    private static readonly string[] Generating = ["AddSwaggerGen", "AddOpenApi", "AddOpenApiDocument", "AddSwaggerDocument"];

    private static readonly string[] Packages = ["Swashbuckle.AspNetCore", "NSwag.AspNetCore", "Microsoft.AspNetCore.OpenApi", "Scalar.AspNetCore"];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var served = app.Anywhere(Serving).Where(c => context.Card.Files.Matches(c.Doc.Path)).ToList();
        if (served.Any(app.IsReachable))
        {
            return CsVerdict.Capability(context, app, served, "API documentation served", "");
        }

        var specs = ApiSpecFiles.Find(context).ToList();
        if (specs.Count > 0)
        {
            return specs;
        }

        if (served.Count > 0)
        {
            return CsVerdict.Capability(context, app, served, "API documentation served", "");
        }

        var generated = app.Anywhere(Generating).Where(app.IsReachable).ToList();
        if (generated.Count > 0)
        {
            return [.. generated.Select(c => context.Fail(c.Doc, c.Offset, $"{c.Name}() builds an API description, but nothing serves it (no UseSwagger, UseOpenApi or MapOpenApi)"))];
        }

        var referenced = Referenced(context, app).ToList();
        return referenced.Count > 0
            ? referenced
            : [context.Inconclusive("no served API documentation and no committed OpenAPI spec; docs kept elsewhere (a README, a portal) cannot be seen")];
    }

    private static IEnumerable<Finding> Referenced(ProbeContext context, CsApp app)
    {
        foreach (var project in app.Projects.Where(p => p.IsWeb))
        {
            if (context.Workspace.Read(project.Path) is not { } doc)
            {
                continue;
            }

            foreach (var package in Packages)
            {
                var at = doc.Content.IndexOf($"\"{package}\"", StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    yield return context.Fail(doc, at, $"{package} is referenced but startup never sets it up: no API documentation is served");
                }
            }
        }
    }
}
