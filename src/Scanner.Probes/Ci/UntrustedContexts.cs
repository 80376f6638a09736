using System.Text;

namespace Scanner.Probes.Ci;

/// <summary>
/// The GitHub expression contexts that anyone who can open an issue, a pull request or a comment sets: titles,
/// bodies, branch names, commit messages and authors. Inputs of <c>workflow_dispatch</c> and <c>workflow_call</c>
/// are not among them: only people with write access, or a workflow of the repository, can supply those.
/// </summary>
internal static class UntrustedContexts
{
    private static readonly string[] Paths =
    [
        "github.event.issue.title", "github.event.issue.body",
        "github.event.pull_request.title", "github.event.pull_request.body", "github.event.pull_request.head.ref",
        "github.event.pull_request.head.label", "github.event.pull_request.head.repo.default_branch",
        "github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
        "github.event.discussion.title", "github.event.discussion.body", "github.event.pages.page_name",
        "github.event.head_commit.message", "github.event.head_commit.author.name", "github.event.head_commit.author.email",
        "github.event.commits.message", "github.event.commits.author.name", "github.event.commits.author.email",
        "github.event.workflow_run.head_branch", "github.event.workflow_run.display_title",
        "github.event.workflow_run.head_commit.message", "github.event.workflow_run.head_commit.author.name",
        "github.event.workflow_run.head_commit.author.email", "github.event.workflow_run.pull_requests.head.ref",
        "github.head_ref",
    ];

    /// <summary>The <c>${{ … }}</c> expressions on a line, without their braces.</summary>
    public static IEnumerable<string> Expressions(string text)
    {
        var at = text.IndexOf("${{", StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = text.IndexOf("}}", at + 3, StringComparison.Ordinal);
            if (end < 0)
            {
                yield break;
            }

            yield return text[(at + 3)..end];
            at = text.IndexOf("${{", end + 2, StringComparison.Ordinal);
        }
    }

    /// <summary>The first untrusted context an expression reads (<c>commits[0].message</c> read as <c>commits.message</c>), or null.</summary>
    public static string? In(string expression)
    {
        var normal = Normalize(expression);
        foreach (var path in Paths)
        {
            var at = normal.IndexOf(path, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + path.Length;
                if ((at == 0 || !IsNamePart(normal[at - 1]) && normal[at - 1] != '.') && (end == normal.Length || !IsNamePart(normal[end])))
                {
                    return path;
                }

                at = normal.IndexOf(path, end, StringComparison.Ordinal);
            }
        }

        return null;
    }

    /// <summary>The environment variable an expression reads (<c>env.TITLE</c> → TITLE), or null.</summary>
    public static string? EnvName(string expression)
    {
        var text = expression.Trim();
        return text.StartsWith("env.", StringComparison.OrdinalIgnoreCase) && text.Length > 4 && text[4..].All(IsNamePart) ? text[4..] : null;
    }

    /// <summary>Lower case (contexts are case-insensitive), with index and wildcard steps (<c>[0]</c>, <c>.*</c>) dropped.</summary>
    private static string Normalize(string expression)
    {
        var sb = new StringBuilder(expression.Length);
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '[' && expression.IndexOf(']', i) is var close and > 0 && expression[(i + 1)..close].All(ch => char.IsAsciiDigit(ch) || ch == '*'))
            {
                i = close;
                continue;
            }

            if (c == '.' && i + 1 < expression.Length && expression[i + 1] == '*')
            {
                i++;
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
