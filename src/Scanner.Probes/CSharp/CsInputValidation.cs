using Scanner.Core.Engine;
using Scanner.Core.Model;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.CSharp;

/// <summary>
/// ASP.NET Core validates request models: FluentValidation's automatic validation registered, validators registered
/// and invoked from request code, .NET 10's <c>AddValidation()</c> for minimal APIs, or [ApiController] controllers
/// (which answer 400 on their own) over models carrying DataAnnotations. Switching the automatic 400 off with no
/// action checking ModelState fails; anything else unrecognised is undecided, since hand-written checks may exist.
/// </summary>
public sealed class CsInputValidation : IProbe
{
    private static readonly string[] Annotations = ["[Required", "[Range(", "[StringLength(", "[MaxLength(", "[MinLength(", "[EmailAddress", "[RegularExpression(", "[Length("];

    public IEnumerable<Finding> Run(ProbeContext context)
    {
        var app = CsApp.For(context.Workspace);
        if (CsVerdict.Unjudgeable(context, app) is { } none)
        {
            return [none];
        }

        var reached = app.Reached("AddFluentValidationAutoValidation", "AddFluentValidation", "AddValidation");
        if (reached.Count > 0)
        {
            return [.. reached.Select(c => context.Pass(c.Doc, c.Offset, $"{c.Name}() runs at startup: request models are validated before the handler runs"))];
        }

        var validators = app.Reached("AddValidatorsFromAssemblyContaining", "AddValidatorsFromAssembly", "AddValidatorsFromAssemblies");
        var invoked = app.Anywhere("ValidateAsync", "ValidateAndThrowAsync", "ValidateAndThrow");
        if (validators.Count > 0 && invoked.Count > 0)
        {
            return [.. invoked.Take(5).Select(c => context.Pass(c.Doc, c.Offset, $"a registered validator is invoked here ({c.Name}()); validators registered at {validators[0].Doc.Path}:{validators[0].Doc.Text.LineOf(validators[0].Offset)}"))];
        }

        var suppressed = FirstIn(app.WebFiles, "SuppressModelStateInvalidFilter = true");
        var controllers = FirstIn(app.WebFiles, "[ApiController");
        var annotated = app.CodeFiles.Select(d => (Doc: d, At: Annotations.Select(a => d.Content.IndexOf(a, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min()))
            .FirstOrDefault(x => x.At >= 0);
        var checksModelState = FirstIn(app.WebFiles, "ModelState.IsValid") is not null;
        if (suppressed is { } off && !checksModelState)
        {
            return [context.Fail(off.Doc, off.At, "SuppressModelStateInvalidFilter = true switches off the automatic 400 for invalid models, and no action checks ModelState.IsValid")];
        }

        if (controllers is { } api && annotated.Doc is not null && (suppressed is null || checksModelState) && app.Reached("MapControllers", "MapControllerRoute", "MapDefaultControllerRoute").Count > 0)
        {
            return [context.Pass(api.Doc, api.At, $"[ApiController] answers 400 for request models that fail their DataAnnotations ({annotated.Doc.Path}:{annotated.Doc.Text.LineOf(annotated.At)})")];
        }

        return [context.Inconclusive("no request validation recognised (FluentValidation, DataAnnotations under [ApiController], AddValidation()); hand-written checks may exist, check them by hand")];
    }

    private static (SourceDocument Doc, int At)? FirstIn(IEnumerable<SourceDocument> docs, string text) =>
        docs.Select(d => (Doc: d, At: d.Content.IndexOf(text, StringComparison.Ordinal))).Where(x => x.At >= 0).Select(x => ((SourceDocument, int)?)x).FirstOrDefault();
}
