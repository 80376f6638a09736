using Scanner.Probes.JavaScript;

namespace Scanner.Tests.Probes.JavaScript;

public sealed class FrontEndHelpersTests
{
    [TestCase("<img src=\"a.png\" alt=\"\" />", "Present")]
    [TestCase("<img\n  src={p.url}\n  width={w > 800 ? 800 : w}\n  alt={p.title}\n/>", "Present")]
    [TestCase("<img src=\"a.png\" alt>", "Present")]
    [TestCase("<img :src=\"photo\" :alt=\"caption\" />", "Present")]
    [TestCase("<img src=\"a.png\" title=\"alt text here\" />", "Missing")]
    [TestCase("<img src={x > 1 ? 'alt' : 'b'} data-alt=\"x\" />", "Missing")]
    [TestCase("<img className=\"avatar\" {...props} />", "Undecided")]
    [TestCase("<img v-bind=\"attrs\">", "Undecided")]
    [TestCase("<img src=\"never closed", "Undecided")]
    public void Judge_ImageTag_SaysWhetherAltIsThere(string tag, string expected)
    {
        Assert.That(ImageTags.Judge(tag, 0).ToString(), Is.EqualTo(expected));
    }

    [TestCase("next dev", "next dev")]
    [TestCase("nodemon src/server.js", "nodemon")]
    [TestCase("tsx watch src/index.ts", "tsx watch")]
    [TestCase("vite", "vite")]
    [TestCase("react-scripts start", "react-scripts start")]
    [TestCase("next start -p 3000", null)]
    [TestCase("vite build", null)]
    [TestCase("NODE_ENV=production node dist/index.js", null)]
    public void Development_StartCommand_NamesTheDevServer(string command, string? expected)
    {
        Assert.That(NodeStartCommands.Development(command), Is.EqualTo(expected));
    }

    [TestCase("next start", "next start")]
    [TestCase("node --enable-source-maps dist/server.js", "node --enable-source-maps dist/server.js")]
    [TestCase("serve -s build", "serve -s")]
    [TestCase("pm2-runtime ecosystem.config.js", "pm2-runtime")]
    [TestCase("vite preview", null)]
    public void Production_StartCommand_NamesTheServer(string command, string? expected)
    {
        Assert.That(NodeStartCommands.Production(command), Is.EqualTo(expected));
    }

    [TestCase("npm start", "start")]
    [TestCase("npm run start:prod", "start:prod")]
    [TestCase("yarn dev", "dev")]
    [TestCase("node server.js", null)]
    public void Delegated_PackageManagerCommand_NamesTheScript(string command, string? expected)
    {
        Assert.That(NodeStartCommands.Delegated(command), Is.EqualTo(expected));
    }

    [TestCase("<script defer data-domain=\"x.test\" src=\"https://plausible.io/js/script.js\"></script>", true)]
    [TestCase("Monthly reports with advanced analytics.", false)]
    [TestCase("const id = process.env.NEXT_PUBLIC_GOOGLE_ANALYTICS_ID;", true)]
    [TestCase("A plausible plan for every budget.", false)]
    [TestCase("import { useAnalytics } from './hooks';", true)]
    public void Mention_Text_FindsAnalyticsOnlyInCodeForms(string text, bool expected)
    {
        Assert.That(AnalyticsSignals.Mention(text) >= 0, Is.EqualTo(expected));
    }
}
