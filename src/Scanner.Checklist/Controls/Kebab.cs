namespace Scanner.Checklist.Controls;

/// <summary>Control and probe ids are kebab-case so they read the same in YAML, reports and tags.</summary>
internal static class Kebab
{
    public static bool IsValid(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
