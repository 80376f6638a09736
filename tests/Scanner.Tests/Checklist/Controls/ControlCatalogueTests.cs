using System.Text;
using Scanner.Checklist.Claims;
using Scanner.Checklist.Controls;
using Scanner.Cli.Config;

namespace Scanner.Tests.Checklist.Controls;

public sealed class ControlCatalogueTests
{
    [Test]
    public void Embedded_Catalogue_IsWhatTheYamlGives()
    {
        using var embedded = typeof(UserControls).Assembly.GetManifestResourceStream(ControlCatalogue.ResourceName)!;
        using var bytes = new MemoryStream();
        embedded.CopyTo(bytes);

        Assert.That(bytes.ToArray(), Is.EqualTo(ControlCatalogue.Write(ControlCatalog.LoadDefault().Controls)));
    }

    [Test]
    public void Read_WrittenControls_GivesEveryFieldBack()
    {
        var controls = new List<Control>
        {
            new("rate-limiting", "Rate limiting ünïcode", ControlArea.Performance, ["express-rate-limit"], ["throttle"], ["js-rate"], ["js-rate", "py-rate"], true, ["nginx-rate"], true, Quantifier.Existence)
            {
                Subject = "header:x", OuterLayer = ["nginx-rate"],
            },
            new("docs", "Docs", ControlArea.Docs, [], ["readme"], [], [], false),
        };

        using var stream = new MemoryStream(ControlCatalogue.Write(controls));
        var read = ControlCatalogue.Read(stream);

        Assert.That(read.Select(Shape), Is.EqualTo(controls.Select(Shape)));
    }

    private static string Shape(Control c)
    {
        var text = new StringBuilder();
        text.AppendJoin('|', c.Id, c.Title, c.Area, c.Broad, c.PerLine, c.Quantifier, c.Subject ?? "(none)");
        foreach (var list in new[] { c.Aliases, c.Keywords, c.ConfirmedBy, c.RefutedBy, c.Sufficient ?? [], c.OuterLayer })
        {
            text.Append('[').AppendJoin(',', list).Append(']');
        }

        return text.ToString();
    }
}
