using System.Text.RegularExpressions;

namespace Scanner.Probes.Text;

/// <summary>
/// The two sides of a password reset as routes and pages name them, in any language: the request side
/// (forgot-password, password-reset/request) and the accepting side (reset-password, password/reset/confirm).
/// </summary>
public static partial class PasswordResetNames
{
    private static readonly HashSet<string> RequestSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "forgot-password", "forgot_password", "forgotpassword", "forgot", "password-forgot", "request-password-reset", "recover-password",
    };

    private static readonly HashSet<string> AcceptSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "reset-password", "reset_password", "resetpassword", "password-reset", "password_reset", "passwordreset", "new-password",
    };

    /// <summary>
    /// True when a folder or file of the path names the accepting side, false when it names the request side, null when
    /// neither: <c>app/(auth)/forgot-password/page.tsx</c>, <c>pages/api/reset-password.ts</c>.
    /// </summary>
    public static bool? PathSide(string path)
    {
        bool? side = null;
        foreach (var part in path.Split('/'))
        {
            // A folder, or a file with one extension: forgot-password.request.dto.ts is a data shape, not a page.
            var dot = part.IndexOf('.', StringComparison.Ordinal);
            var name = dot > 0 && part.IndexOf('.', dot + 1) < 0 ? part[..dot] : part;
            if (AcceptSegments.Contains(name))
            {
                return true;
            }

            side ??= RequestSegments.Contains(name) ? false : null;
        }

        return side;
    }

    /// <summary>
    /// A route path naming one side, just after a quote or a slash: group <c>accept</c> for the accepting side.
    /// '/auth/forgot-password', "password_reset/", `${base}/reset-password/${token}`, '/password/reset/confirm', '/reset/:token'.
    /// </summary>
    [GeneratedRegex(
        @"(?<=['""`/])(?:(?<request>forgot[-_]?password|password[-_/]forgot|request[-_]password[-_]reset|password[-_/]?reset[-_/](?:request|email)|recover[-_]?password)|(?<accept>reset[-_]?password|password[-_/]?reset(?:[-_/](?:confirm|complete))?|new[-_]password|set[-_]new[-_]password|reset(?=/[<:\[$])))(?=[/'""`?<]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Route();

    /// <summary>Anything that names a forgotten or reset password, in code, strings or comments alike.</summary>
    [GeneratedRegex(@"(?i:reset|forgot|forgotten|recover)[\w -]{0,20}(?i:password)|(?i:password)[\w -]{0,20}(?i:reset|forgot|recover)", RegexOptions.CultureInvariant)]
    public static partial Regex Named();
}
