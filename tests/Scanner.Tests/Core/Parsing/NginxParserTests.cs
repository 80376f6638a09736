using Scanner.Core.Parsing.Nginx;
using Scanner.Core.Text;

namespace Scanner.Tests.Core.Parsing;

public sealed class NginxParserTests
{
    [Test]
    public void Parse_BlocksCommentsAndQuotes_KeepsLinesAndArguments()
    {
        var file = NginxParser.Parse("nginx.conf", new SourceText("""
            # main config
            events {}
            http {
                server_tokens off; # trailing comment
                server {
                    listen 443 ssl;
                    add_header Content-Security-Policy "default-src 'self'; img-src *" always;
                    location ~* \.(css|js)$ {
                        expires 7d;
                    }
                }
            }
            """));

        Assert.That(file.IsValid, Is.True, file.Error);
        var http = file.Directives.Single(d => d.Name == "http");
        Assert.That(http.Line, Is.EqualTo(3));
        var server = http.Children.Single(d => d.Name == "server");
        var header = server.All("add_header").Single();
        Assert.That((header.Line, header.Arg(0), header.Arg(1), header.Arg(2)), Is.EqualTo((7, "Content-Security-Policy", "default-src 'self'; img-src *", "always")));
        var location = server.Last("location")!;
        Assert.That(location.Args, Is.EqualTo(new[] { "~*", @"\.(css|js)$" }));
        Assert.That(location.Children.Single().Line, Is.EqualTo(9));
        Assert.That(http.Children[0].ToString(), Is.EqualTo("server_tokens off"));
    }

    [TestCase("http {\n  server {\n", "never closed", 2)]
    [TestCase("server {\n  listen 80\n}\n", "missing ';'", 3)]
    [TestCase("}\n", "unexpected '}'", 1)]
    [TestCase("listen 80", "no ending ';'", 1)]
    [TestCase("add_header X \"open\n", "unterminated", 1)]
    public void Parse_Broken_ReportsTheErrorAndLine(string text, string message, int line)
    {
        var file = NginxParser.Parse("bad.conf", new SourceText(text));

        Assert.That(file.IsValid, Is.False);
        Assert.That(file.Error, Does.Contain(message));
        Assert.That(file.ErrorLine, Is.EqualTo(line));
    }

    [Test]
    public void Parse_HostileNesting_StopsWithAnError()
    {
        var file = NginxParser.Parse("deep.conf", new SourceText(string.Concat(Enumerable.Repeat("a {", 10_000))));

        Assert.That(file.Error, Does.Contain("nested deeper"));
    }
}
