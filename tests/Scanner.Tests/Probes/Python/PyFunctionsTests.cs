using Scanner.Core.Workspaces;
using Scanner.Probes.Python;

namespace Scanner.Tests.Probes.Python;

public sealed class PyFunctionsTests
{
    private static readonly SourceDocument Doc = new("views.py", """
        import os

        @app.post("/orders")
        # a comment between decorator and def
        async def create_order(
            order_id: int,
        ):
            if order_id:
                data = request.json
        # a comment at column 0 inside the body
            text = '''
        a string at column 0 inside the body
        '''
            return data

        class View:
            def post(self, request):
                return request.POST["x"]

        top = request.json
        """);

    [Test]
    public void Enclosing_NestedBlockUnderDecoratedDef_FindsTheFunctionWithItsDecorator()
    {
        var function = PyFunctions.Enclosing(PyFunctions.All(Doc), Doc.Content.IndexOf("request.json", StringComparison.Ordinal));

        Assert.That(function?.Name, Is.EqualTo("create_order"));
        Assert.That(PyFunctions.Decorators(Doc, function!), Does.StartWith("@app.post(\"/orders\")"));
        Assert.That(function!.Contains(Doc.Content.IndexOf("return data", StringComparison.Ordinal)), Is.True);
        Assert.That(function.Contains(Doc.Content.IndexOf("class View", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void Enclosing_MethodAndModuleLevel_GivesMethodOrNull()
    {
        Assert.That(PyFunctions.Enclosing(PyFunctions.All(Doc), Doc.Content.IndexOf("request.POST", StringComparison.Ordinal))?.Name, Is.EqualTo("post"));
        Assert.That(PyFunctions.Enclosing(PyFunctions.All(Doc), Doc.Content.LastIndexOf("request.json", StringComparison.Ordinal)), Is.Null);
    }

    [Test]
    public void All_FileWithFunctionAndMethod_ListsBoth()
    {
        Assert.That(PyFunctions.All(Doc).Select(f => f.Name), Is.EqualTo(new[] { "create_order", "post" }));
    }
}
