namespace Scanner.Probes.Text;

/// <summary>What an outbound HTTP client or call says about its timeout.</summary>
public enum TimeoutSetting
{
    /// <summary>A timeout is set in code, or the library's own default is short and deliberate (httpx 5 s, ky 10 s).</summary>
    Set,

    /// <summary>Nothing in code sets one: the call waits as long as the remote end holds the connection (or a minutes-long backstop).</summary>
    None,

    /// <summary>The options come from a variable, a spread or a helper the probe cannot read.</summary>
    Unknown,
}
