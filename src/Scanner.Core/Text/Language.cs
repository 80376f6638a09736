namespace Scanner.Core.Text;

/// <summary>The comment and string syntax family a file is read with.</summary>
public enum Language
{
    Other,
    JavaScript,
    Python,
    CSharp,
    Yaml,
    Dockerfile,
    Shell,
    Env,
    Json,
    Markdown,
    Nginx,
}
