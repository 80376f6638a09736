using System.Text.RegularExpressions;
using Scanner.Core.Text;
using Scanner.Core.Workspaces;

namespace Scanner.Probes.Python;

/// <summary>
/// The app's own validation classes: subclasses of pydantic BaseModel, marshmallow Schema, WTForms/Django forms and
/// DRF serializers, followed through the app's own base classes (<c>class OrderIn(OrderBase)</c>).
/// </summary>
public static partial class PySchemaClasses
{
    private static readonly HashSet<string> Roots = new(StringComparer.Ordinal)
    {
        "BaseModel", "RootModel", "SQLModel", "Schema", "SQLAlchemySchema", "SQLAlchemyAutoSchema", "ModelSchema", "Form", "FlaskForm",
        "ModelForm", "Serializer", "ModelSerializer", "HyperlinkedModelSerializer",
    };

    public static IReadOnlySet<string> Find(IEnumerable<SourceDocument> docs)
    {
        var bases = new List<(string Name, string[] Bases)>();
        foreach (var doc in docs)
        {
            foreach (var m in PyCode.Matches(doc, ClassLine(), "class"))
            {
                var names = m.Groups["bases"].Value.Split(',').Select(b => b.Trim()).Select(b => b[(b.LastIndexOf('.') + 1)..]).ToArray();
                bases.Add((m.Groups["name"].Value, names));
            }
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (name, parents) in bases.Where(c => !found.Contains(c.Name)))
            {
                if (parents.Any(p => Roots.Contains(p) || found.Contains(p)))
                {
                    grew |= found.Add(name);
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"^[ \t]*class[ \t]+(?<name>\w+)[ \t]*\((?<bases>[\w.,= \t]*)\)[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant, LinearRegex.CompiledTimeoutMilliseconds)]
    private static partial Regex ClassLineCompiled();
    private static Regex ClassLine() => LinearRegex.Pick(ClassLineCompiled());
}
