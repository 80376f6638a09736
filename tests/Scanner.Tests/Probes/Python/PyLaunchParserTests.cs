using Scanner.Probes.Python;

namespace Scanner.Tests.Probes.Python;

public sealed class PyLaunchParserTests
{
    [TestCase("web: gunicorn 'app:create_app()' --workers 4", "gunicorn", "app", false)]
    [TestCase("gunicorn -w 4 -b 0.0.0.0:8000 -k uvicorn.workers.UvicornWorker main:app", "gunicorn", "main", false)]
    [TestCase("[\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\", \"--port\", \"80\"]", "uvicorn", "app.main", false)]
    [TestCase("uvicorn main:app --reload", "uvicorn", "main", true)]
    [TestCase("exec python -m gunicorn --bind=:8000 proj.wsgi", "gunicorn", "proj.wsgi", false)]
    [TestCase("python manage.py runserver 0.0.0.0:8000", "runserver", "manage.py", true)]
    [TestCase("python3 src/app.py", "python", "src/app.py", false)]
    [TestCase("flask --app web run --host 0.0.0.0", "flask run", "web", true)]
    [TestCase("celery -A proj worker -l info", "celery", "proj", false)]
    [TestCase("uwsgi --http :8000 --wsgi-file app.py", "uwsgi", "app.py", false)]
    [TestCase("alembic upgrade head && hypercorn api:app -b 0.0.0.0:80", "hypercorn", "api", false)]
    public void Parse_CommandLine_FindsServerAndApp(string line, string server, string target, bool development)
    {
        var launch = PyLaunchParser.Parse(line).Single();

        Assert.That(launch.Server, Is.EqualTo(server));
        Assert.That(launch.Target, Is.EqualTo(target));
        Assert.That(launch.Development, Is.EqualTo(development));
    }

    [TestCase("pip install gunicorn uvicorn")]
    [TestCase("RUN pip3 install --no-cache-dir gunicorn")]
    [TestCase("flask db upgrade")]
    [TestCase("echo starting gunicorn")]
    public void Parse_NotALaunch_FindsNothing(string line)
    {
        Assert.That(PyLaunchParser.Parse(line), Is.Empty);
    }
}
