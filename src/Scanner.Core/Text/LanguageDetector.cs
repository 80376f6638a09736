namespace Scanner.Core.Text;

public static class LanguageDetector
{
    public static Language Detect(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var lower = name.ToLowerInvariant();
        if (lower == "dockerfile" || lower.StartsWith("dockerfile.", StringComparison.Ordinal) ||
            lower.EndsWith(".dockerfile", StringComparison.Ordinal) || lower == "containerfile")
        {
            return Language.Dockerfile;
        }

        if (lower == ".env" || lower.StartsWith(".env.", StringComparison.Ordinal) || lower.EndsWith(".env", StringComparison.Ordinal))
        {
            return Language.Env;
        }

        var ext = Path.GetExtension(lower);
        return ext switch
        {
            ".js" or ".jsx" or ".mjs" or ".cjs" or ".ts" or ".tsx" or ".mts" or ".cts" or ".vue" or ".svelte" => Language.JavaScript,
            ".py" or ".pyw" or ".pyi" => Language.Python,
            ".cs" or ".csx" or ".java" or ".kt" or ".go" or ".rs" or ".c" or ".cpp" or ".h" or ".mm" or ".swift" or ".scala" => Language.CSharp,
            ".yaml" or ".yml" => Language.Yaml,
            ".sh" or ".bash" or ".zsh" or ".toml" or ".ini" or ".cfg" or ".conf" or ".properties" or ".rb" or ".tf" => Language.Shell,
            ".json" or ".jsonc" => Language.Json,
            ".md" or ".markdown" or ".mdx" => Language.Markdown,
            _ when lower is "nginx.conf" || path.Contains("nginx", StringComparison.OrdinalIgnoreCase) => Language.Nginx,
            _ when lower is "makefile" or "procfile" or ".gitignore" or ".dockerignore" => Language.Shell,
            _ => Language.Other,
        };
    }
}
