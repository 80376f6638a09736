using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Scanner.Tests.Support;

/// <summary>
/// Compiles a small plugin assembly from source and embedded cards into a file, so tests can hand readyscan plugins
/// that are broken in one particular way (a clashing id, a probe that throws, another API version).
/// </summary>
internal static class PluginBuilder
{
    /// <summary>The sample plugin, built by the test project and copied to plugins/ beside the tests.</summary>
    public static string Sample => Path.Combine(TestContext.CurrentContext.TestDirectory, "plugins", "CustomAuthPlugin.dll");

    public static string SampleFolder => Path.Combine(RepoPaths.Root, "samples", "custom-auth-plugin");

    public static string Build(string directory, string name, string source, IReadOnlyDictionary<string, string> cards)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Scanner.Core.Engine.IProbe).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq;\n" + source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var resources = cards.Select(c => new ResourceDescription(c.Key, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(c.Value)), isPublic: true));
        var path = Path.Combine(directory, name + ".dll");
        using (var file = File.Create(path))
        {
            var emitted = compilation.Emit(file, manifestResources: resources);
            if (!emitted.Success)
            {
                throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }
        }

        return path;
    }

    public static string Card(string id, string code) =>
        $"id: {id}\ntitle: A test plugin probe\nseverity: medium\ncategory: quality\ndescription: d\nremediation: r\ncode: {code}\n";
}
